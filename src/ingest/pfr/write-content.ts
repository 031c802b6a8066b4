import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod/mini";
import { issueMetaSchema, paperMetaSchema, structuredPageSchema } from "../content/content-schema";
import type { PfrImport } from "./import-pfr";
import { PFR_PAPER_ID } from "./pfr-paper";

/**
 * Writes an import as one paper folder of the content format:
 *   <out>/rmrb/paper.json, <out>/rmrb/<YYYY-MM-DD>/issue.json + page-01.json…
 * Every file is checked against its schema first. The paper folder is replaced as a whole (built
 * beside it, then renamed), so a re-import leaves no page of an older one behind, and other
 * papers in `<out>` are left alone.
 */
export interface WriteContentOptions {
  outDir: string;
  onProgress?: (done: number, total: number) => void;
}

export async function writeContent(
  imported: PfrImport,
  options: WriteContentOptions,
): Promise<{ dir: string; bytes: number }> {
  const dir = join(options.outDir, PFR_PAPER_ID);
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  let bytes = await writeJson(join(staging, "paper.json"), paperMetaSchema, imported.paper);
  let done = 0;
  for (const issue of imported.issues) {
    const issueDir = join(staging, issue.meta.date);
    await mkdir(issueDir);
    const written = await Promise.all([
      writeJson(join(issueDir, "issue.json"), issueMetaSchema, issue.meta),
      ...issue.pages.map((p) => writeJson(join(issueDir, p.file), structuredPageSchema, p.page)),
    ]);
    bytes += written.reduce((a, b) => a + b, 0);
    options.onProgress?.(++done, imported.issues.length);
  }
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return { dir, bytes };
}

/** Writes one content file after checking it against its schema; its bytes. */
export async function writeJson<T>(path: string, schema: z.ZodMiniType<T>, value: T): Promise<number> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(`${path}: the importer made a file that fails its schema:\n${z.prettifyError(result.error)}`);
  const json = `${JSON.stringify(result.data, null, 2)}\n`;
  await writeFile(path, json);
  return Buffer.byteLength(json);
}
