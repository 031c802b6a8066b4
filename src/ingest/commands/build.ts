import { readContentDirs } from "../content/read-content";
import { writeBundle } from "../write-bundle";

/** Below this many issues a build is quick and prints no progress. */
export const PROGRESS_MIN_ISSUES = 20;

/**
 * `folio build`: content folders → the bundle, with progress on long runs and every warning.
 * Several folders build side by side (`--content content --content content-archive`).
 */
export async function buildCommand(options: { contentDirs: readonly string[]; outDir: string }): Promise<void> {
  const started = performance.now();
  const papers = await readContentDirs(options.contentDirs);
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => {
        if (total >= PROGRESS_MIN_ISSUES && (done % 10 === 0 || done === total))
          process.stderr.write(`\r  issues ${done}/${total}`);
        if (done === total && total >= PROGRESS_MIN_ISSUES) process.stderr.write("\n");
      }
    : (done: number, total: number) => {
        if (total >= PROGRESS_MIN_ISSUES && (done % 50 === 0 || done === total))
          process.stderr.write(`  issues ${done}/${total}\n`);
      };
  const report = await writeBundle(papers, { outDir: options.outDir, onProgress: progress });
  for (const { file, via, warning } of report.warnings) {
    const carrier = via === undefined ? "" : ` (in ${via})`;
    process.stderr.write(`warning: ${file}:${warning.lines[0]}-${warning.lines[1]}: ${warning.message}${carrier}\n`);
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `folio: built ${counted(papers.length, "paper")}, ${counted(report.issues, "issue")}, ${counted(report.articles, "article")} → ${options.outDir} (${(report.bytes / 1024).toFixed(1)} kB, ${ms} ms)\n`,
  );
}

/** "1 issue", "2 issues": the build summary's counts. */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
