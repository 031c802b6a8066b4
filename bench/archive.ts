/**
 * `npm run bench:archive [-- <corpus>]`: how long importing and building a month of the archive
 * takes, and how big the bundle is. Printed, never asserted (timings depend on the machine).
 * Corpus: the argument, else $FOLIO_PFR, else the shared January 1998 file in ../shared/corpus/
 * (scripts/pfr/corpus-path.ts); without one, only the seed is built. Works in a temporary folder; touches neither content-archive/ nor public/data/.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { currentManifestFile } from "../src/ingest/bundle-pointer";
import { readContentDirs } from "../src/ingest/content/read-content";
import { importPfr } from "../src/ingest/pfr/import-pfr";
import { writeContent } from "../src/ingest/pfr/write-content";
import { readTextFile } from "../src/ingest/read-text-file";
import { writeBundle } from "../src/ingest/write-bundle";
import { pfrCorpusPath } from "../scripts/pfr/corpus-path";

/** Timed runs per step; the median is reported, so one slow run on a shared machine does not count. */
const RUNS = 3;
const root = fileURLToPath(new URL("..", import.meta.url));
const seed = join(root, "content");
const corpus = pfrCorpusPath(process.argv[2]);

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result: result! };
}

/** Wall time of one CLI run, tsx start-up included: what a person typing the command waits. */
function cliWall(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, "bin/folio.js"), ...args], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`folio ${args.join(" ")} failed:\n${run.stderr}`);
  return performance.now() - started;
}

async function sizes(dir: string): Promise<{ file: string; raw: number; gzip: number }[]> {
  const out: { file: string; raw: number; gzip: number }[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    out.push({ file: entry, raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return out;
}

function spread(label: string, files: readonly { raw: number; gzip: number }[]): string {
  if (files.length === 0) return `  ${label}: none`;
  const raw = files.map((f) => f.raw);
  const gzip = files.map((f) => f.gzip);
  return `  ${label} (${files.length}): raw p50 ${kb(median(raw))}, max ${kb(Math.max(...raw))}; gzip p50 ${kb(median(gzip))}, max ${kb(Math.max(...gzip))}`;
}

const tmp = await mkdtemp(join(tmpdir(), "folio-bench-"));
try {
  const archive = join(tmp, "content-archive");
  const out = join(tmp, "data");
  const hasCorpus = existsSync(corpus);
  console.log(`folio archive bench (${RUNS} runs per step, median; Node ${process.version})`);
  const contentDirs = [seed];
  if (hasCorpus) {
    const parse = await timed(async () => {
      const read = await readTextFile(corpus);
      if (!read.ok) throw new Error(read.error);
      return importPfr(read.text, corpus);
    });
    const write = await timed(() => writeContent(parse.result, { outDir: archive }));
    const { counts } = parse.result;
    console.log(
      `corpus ${corpus}: ${counts.issues} issues, ${counts.pages} pages, ${counts.articles} articles, ${counts.paragraphs} paragraphs`,
    );
    console.log(
      `  import: read + parse ${ms(parse.ms)}, write content ${ms(write.ms)} (${(write.result.bytes / 1024 / 1024).toFixed(1)} MB); total ${ms(parse.ms + write.ms)}`,
    );
    console.log(`  warnings ${parse.result.warnings.length}, lines skipped ${parse.result.skippedLines}`);
    contentDirs.push(archive);
  } else {
    console.log(`no corpus at ${corpus}: building the seed only`);
  }
  const build = await timed(async () => writeBundle(await readContentDirs(contentDirs), { outDir: out }));
  console.log(
    `build (${contentDirs.length} content folders): ${ms(build.ms)}; ${build.result.issues} issues, ${build.result.articles} articles`,
  );
  if (hasCorpus) {
    const importWall = cliWall(["import", "pfr", corpus, "--out", archive]);
    const buildWall = cliWall(["build", "--content", seed, "--content", archive, "--out", out]);
    console.log(`  CLI wall time, tsx start-up included: import ${ms(importWall)}, build ${ms(buildWall)}`);
  }
  const files = await sizes(out);
  const issues = files.filter((f) => f.file.startsWith("issues/"));
  const manifest = files.find((f) => f.file === currentManifestFile(out))!;
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  console.log(`bundle: ${files.length} files, raw ${kb(total.raw)}, gzip ${kb(total.gzip)} (gzip level 6, per file)`);
  console.log(`  manifest: raw ${kb(manifest.raw)}, gzip ${kb(manifest.gzip)}`);
  console.log(spread("issue files, all papers", issues));
  // Showing one article fetches the manifest and its issue file (the HTML and app code: npm run size).
  const perArticle = issues.map((f) => manifest.gzip + f.gzip);
  console.log(
    `  data fetched to show one article (manifest + its issue, gzip): p50 ${kb(median(perArticle))}, max ${kb(Math.max(...perArticle))}`,
  );
  for (const paper of new Set(issues.map((f) => f.file.split(/[/\\]/u)[1]!))) {
    console.log(
      spread(
        `issue files, ${paper}`,
        issues.filter((f) => f.file.split(/[/\\]/u)[1] === paper),
      ),
    );
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
