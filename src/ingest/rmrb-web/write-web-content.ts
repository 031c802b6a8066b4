import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { issueMetaSchema, paperMetaSchema, structuredPageSchema, type PaperMeta } from "../content/content-schema";
import { PFR_PAPER_ID, PFR_PAPER_NAME } from "../pfr/pfr-paper";
import { writeJson } from "../pfr/write-content";
import type { WebImport } from "./import-rmrb-web";

/**
 * Writes an e-paper import into the People's Daily paper folder (`<out>/rmrb/`, the same paper as
 * the PFR month, so one calendar spans 1998–2020): each issue folder is built beside its place and
 * renamed over it, so a re-import replaces the days it has and leaves every other day (the PFR
 * month's) alone. `paper.json` is written when absent; else its note gains a line on this source.
 */
export async function writeWebContent(
  imported: WebImport,
  options: { outDir: string; onProgress?: (done: number, total: number) => void },
): Promise<{ dir: string; bytes: number }> {
  const dir = join(options.outDir, PFR_PAPER_ID);
  await mkdir(dir, { recursive: true });
  const dates = imported.issues.map((i) => i.meta.date);
  const paperFile = join(dir, "paper.json");
  let bytes = await writeJson(paperFile, paperMetaSchema, withWebNote(await readPaper(paperFile), dates));
  let done = 0;
  for (const issue of imported.issues) {
    const issueDir = join(dir, issue.meta.date);
    const staging = `${issueDir}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging);
    const written = await Promise.all([
      writeJson(join(staging, "issue.json"), issueMetaSchema, issue.meta),
      ...issue.pages.map((p) => writeJson(join(staging, p.file), structuredPageSchema, p.page)),
    ]);
    bytes += written.reduce((a, b) => a + b, 0);
    await rm(issueDir, { recursive: true, force: true });
    await rename(staging, issueDir);
    options.onProgress?.(++done, imported.issues.length);
  }
  return { dir, bytes };
}

async function readPaper(file: string): Promise<PaperMeta | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  const parsed = paperMetaSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: not a paper.json (${parsed.error.message})`);
  return parsed.data;
}

/** The note on where the e-paper texts come from, for the months they cover. */
export function webNote(dates: readonly string[]): string {
  const label = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;
  const months = [...new Set(dates.map(label))];
  const sorted = [...dates].sort();
  const first = label(sorted[0]!);
  const last = label(sorted.at(-1)!);
  const span = first === last ? first : `${first}至${last}间的${months.length}个月`;
  return `人民日报电子版文字（${span}）：只收文章，没有报头和版名，报名据来源补出。`;
}

export function withWebNote(paper: PaperMeta | null, dates: readonly string[]): PaperMeta {
  const note = webNote(dates);
  if (paper === null) return { name: PFR_PAPER_NAME, nameNote: note };
  const kept = (paper.nameNote ?? "")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("人民日报电子版文字"));
  return { ...paper, nameNote: [...kept, note].join("\n") };
}
