/**
 * `npm run check:incremental`: the whole pipeline (import, build, build:app) gives the same site
 * incrementally as from scratch, byte for byte (pages, data, gzip copies), after a day is added,
 * one changed and one removed; and a second run with nothing changed writes no file. A script, not
 * a unit test: it runs vite and the prerender three times (a few minutes). Uses its own content
 * (days made from the PFR sample) and replaces this checkout's `public/data/` and `dist/`.
 * Exit code 1 with the differing files when it fails.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { redatedCorpus } from "../src/ingest/pfr/redated-corpus";

const WORK = resolve(".cache/check-incremental");
const env = { ...process.env, SOURCE_DATE_EPOCH: "1700000000" };
const sample = readFileSync("fixtures/pfr/sample.txt", "utf8");
function corpus(days: readonly number[], edited: ReadonlySet<number> = new Set()): string {
  return redatedCorpus(sample, days, edited);
}

function run(args: readonly string[]): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

function publish(text: string, app: readonly string[] = []): void {
  const file = join(WORK, "pfr.txt");
  writeFileSync(file, text);
  run(["src/ingest/cli.ts", "import", "pfr", file, "--out", join(WORK, "content")]);
  run(["src/ingest/cli.ts", "build", "--content", "content", "--content", join(WORK, "content")]);
  run(["scripts/build-app.ts", ...app]);
}

function tree(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs });
  }
  return files;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
for (const dir of ["dist", "dist-ssr", ".cache/prerender", ".cache/build-app"])
  rmSync(dir, { recursive: true, force: true });
publish(corpus([1, 2, 3]), ["--full"]);
publish(corpus([1, 2, 4], new Set([2])));
const incremental = tree("dist");
publish(corpus([1, 2, 4], new Set([2])));
const again = tree("dist");
for (const dir of ["dist", "dist-ssr", ".cache/prerender", ".cache/build-app"])
  rmSync(dir, { recursive: true, force: true });
run(["scripts/build-app.ts", "--full"]);
const full = tree("dist");

const problems: string[] = [];
for (const path of new Set([...incremental.keys(), ...full.keys()])) {
  const [a, b] = [incremental.get(path), full.get(path)];
  if (a === undefined) problems.push(`only in the full build: ${path}`);
  else if (b === undefined) problems.push(`only in the incremental build: ${path}`);
  else if (!a.bytes.equals(b.bytes)) problems.push(`differs: ${path}`);
}
const rewritten = [...again].filter(([path, f]) => incremental.get(path)?.mtimeMs !== f.mtimeMs).map(([p]) => p);
for (const path of rewritten) problems.push(`rewritten with nothing changed: ${path}`);
if (incremental.size !== again.size)
  problems.push(`a build with nothing changed left ${again.size} files, not ${incremental.size}`);
if (problems.length > 0) {
  console.error(`check:incremental: ${problems.length} problems\n${problems.slice(0, 50).join("\n")}`);
  process.exit(1);
}
console.log(
  `check:incremental: the incremental site equals the full one (${full.size} files, gzip copies included); ` +
    `a build with nothing changed rewrote 0 files`,
);
