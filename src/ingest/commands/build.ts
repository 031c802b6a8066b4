import { readContent } from "../content/read-content";
import { writeBundle } from "../write-bundle";

/** `folio build`: content/ → the bundle, with progress on long runs and every parse warning. */
export async function buildCommand(options: { contentDir: string; outDir: string }): Promise<void> {
  const started = performance.now();
  const papers = await readContent(options.contentDir);
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => {
        if (total >= 20 && (done % 10 === 0 || done === total)) process.stderr.write(`\r  issues ${done}/${total}`);
        if (done === total && total >= 20) process.stderr.write("\n");
      }
    : (done: number, total: number) => {
        if (total >= 20 && (done % 50 === 0 || done === total)) process.stderr.write(`  issues ${done}/${total}\n`);
      };
  const report = await writeBundle(papers, { outDir: options.outDir, onProgress: progress });
  for (const { file, warning } of report.warnings) {
    process.stderr.write(`warning: ${file}:${warning.lines[0]}-${warning.lines[1]}: ${warning.message}\n`);
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `folio: built ${report.issues} issues, ${report.articles} articles → ${options.outDir} (${(report.bytes / 1024).toFixed(1)} kB, ${ms} ms)\n`,
  );
}
