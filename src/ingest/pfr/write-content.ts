import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod/mini";
import { issueMetaSchema, paperMetaSchema, structuredPageSchema } from "../content/content-schema";
import type { PfrImport } from "./import-pfr";
import { PFR_PAPER_ID } from "./pfr-paper";
import { ChangedWriter } from "../cache/write-changed";

/**
 * Writes an import as one paper folder of the content format:
 *   <out>/rmrb/paper.json, <out>/rmrb/<YYYY-MM-DD>/issue.json + page-01.json…
 * Every file is checked against its schema first. Only files whose bytes change are written, and
 * what the import no longer has is removed, so a re-import leaves no page of an older one behind,
 * a corpus that gained a day rewrites only that day (and paper.json, whose note names the months),
 * and other papers in `<out>` are left alone.
 */
export interface WriteContentOptions {
  outDir: string;
  onProgress?: (done: number, total: number) => void;
}

export interface WrittenContent {
  dir: string;
  bytes: number;
  /** Files written (new or changed) and removed; the rest were already as the import makes them. */
  written: number;
  removed: string[];
}

export async function writeContent(imported: PfrImport, options: WriteContentOptions): Promise<WrittenContent> {
  const dir = join(options.outDir, PFR_PAPER_ID);
  const out = new ChangedWriter(dir);
  await out.write("paper.json", json("paper.json", paperMetaSchema, imported.paper));
  let done = 0;
  for (const issue of imported.issues) {
    const date = issue.meta.date;
    await Promise.all([
      out.write(join(date, "issue.json"), json(`${date}/issue.json`, issueMetaSchema, issue.meta)),
      ...issue.pages.map((p) => out.write(join(date, p.file), json(`${date}/${p.file}`, structuredPageSchema, p.page))),
    ]);
    options.onProgress?.(++done, imported.issues.length);
  }
  const removed = await out.removeStale();
  return { dir, bytes: out.bytes, written: out.written, removed };
}

function json<T>(path: string, schema: z.ZodMiniType<T>, value: T): string {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(`${path}: the importer made a file that fails its schema:\n${z.prettifyError(result.error)}`);
  return `${JSON.stringify(result.data, null, 2)}\n`;
}

/** Writes one content file after checking it against its schema; its bytes. */
export async function writeJson<T>(path: string, schema: z.ZodMiniType<T>, value: T): Promise<number> {
  const text = json(path, schema, value);
  await writeFile(path, text);
  return Buffer.byteLength(text);
}
