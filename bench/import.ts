/**
 * `npm run bench:import [-- --jobs 1,2 --runs 3 --checkout dir…]`: `folio import pfr` of a real
 * corpus (`FOLIO_PFR`, default `../shared/corpus/pfr-199801.txt`, never committed), cold (a fresh
 * output and cache folder each run), as a newsroom runs it: the `folio` command in its own process.
 * Runs are interleaved (for each run, each checkout, each `--jobs`), so a change in the machine's
 * load falls on all of them alike. Prints, never asserts: for each run the load average before it,
 * the wall seconds and the process's CPU-seconds (every thread, from `/usr/bin/time`); then per
 * checkout and `--jobs` the median, the speed-up of each `--jobs` over the first, and whether every
 * run made the same files (a hash of the output folder). `--checkout` (repeatable) compares other
 * checkouts of Folio (say main's, beside this one) under the same conditions; default: this one.
 * On a shared machine the speed-up means something only when the load stays below the cores.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "1,2" },
    runs: { type: "string", default: "3" },
    checkout: { type: "string", multiple: true },
  },
});
const CORPUS = resolve(process.env.FOLIO_PFR ?? "../shared/corpus/pfr-199801.txt");
const TIME = "/usr/bin/time";
const jobsList = values.jobs.split(",").map(Number);
const runs = Number(values.runs);
const checkouts = (values.checkout ?? ["."]).map((dir) => resolve(dir));
if (jobsList.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1)
  throw new Error("usage: bench:import [-- --jobs 1,2 --runs 3 --checkout dir…]");

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
};

/** A hash of every file's path and bytes under `dir`. */
async function treeHash(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`${relative(dir, file)}\0`).update(await readFile(file));
  return hash.digest("hex").slice(0, 12);
}

interface Run {
  wall: number;
  cpu: number | null;
  output: string;
}

async function importOnce(checkout: string, jobs: number): Promise<Run> {
  const temp = await mkdtemp(join(tmpdir(), "folio-bench-import-"));
  try {
    const timeFile = join(temp, "time.txt");
    const command = [
      join(checkout, "bin", "folio.js"),
      "import",
      "pfr",
      CORPUS,
      "--out",
      join(temp, "out"),
      "--cache",
      join(temp, "cache"),
      "--jobs",
      String(jobs),
    ];
    const timed = existsSync(TIME);
    const started = performance.now();
    const result = timed
      ? spawnSync(TIME, ["-f", "%U %S", "-o", timeFile, process.execPath, ...command], { cwd: checkout })
      : spawnSync(process.execPath, command, { cwd: checkout });
    const wall = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`import failed in ${checkout}:\n${result.stderr.toString()}`);
    const cpu = timed
      ? (await readFile(timeFile, "utf8"))
          .trim()
          .split(/\s+/u)
          .map(Number)
          .reduce((a, b) => a + b, 0)
      : null;
    return { wall, cpu, output: await treeHash(join(temp, "out")) };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

console.log(
  `bench:import: ${relative(process.cwd(), CORPUS) || CORPUS}, --jobs ${jobsList.join(",")}, ${runs} runs, interleaved; checkouts: ${checkouts.join(", ")}`,
);
const results = new Map<string, Run[]>();
for (let run = 1; run <= runs; run++) {
  for (const checkout of checkouts) {
    for (const jobs of jobsList) {
      const before = load();
      const r = await importOnce(checkout, jobs);
      const key = `${checkout} --jobs ${jobs}`;
      results.set(key, [...(results.get(key) ?? []), r]);
      console.log(
        `run ${run} ${key}: ${r.wall.toFixed(2)} s wall, ${r.cpu === null ? "?" : r.cpu.toFixed(2)} CPU-s ` +
          `(load before ${before}, after ${load()}), output ${r.output}`,
      );
    }
  }
}
for (const checkout of checkouts) {
  const first = median(results.get(`${checkout} --jobs ${jobsList[0]}`)!.map((r) => r.wall));
  for (const jobs of jobsList) {
    const rs = results.get(`${checkout} --jobs ${jobs}`)!;
    const wall = median(rs.map((r) => r.wall));
    const cpu = rs.every((r) => r.cpu !== null) ? median(rs.map((r) => r.cpu!)).toFixed(2) : "?";
    console.log(
      `${checkout} --jobs ${jobs}: median ${wall.toFixed(2)} s wall, ${cpu} CPU-s, ` +
        `${(first / wall).toFixed(2)}× --jobs ${jobsList[0]}`,
    );
  }
}
const outputs = new Set([...results.values()].flat().map((r) => r.output));
console.log(
  outputs.size === 1 ? "every run made the same files" : `runs made different files: ${[...outputs].join(", ")}`,
);
