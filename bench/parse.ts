/**
 * Parse throughput on this machine: pages/s and MB/s over the seed page and the fixture pages,
 * after a warm-up; then the same with people extraction (what `folio parse --json` does). The median of short rounds is reported (and the best), since other processes
 * on a shared 2-core machine make a single long mean noisy. Printed, never asserted
 * (`npm run bench`). Run bundled (esbuild), as the code runs in production, not through tsx.
 */
import { fixtureCases } from "../src/ingest/parse/fixture-cases";
import { resolve } from "node:path";
import type { ParsedPage } from "../src/bundle/schema";
import { parsePage } from "../src/ingest/parse/parse-page";
import { loadModel } from "../src/ingest/people/tagger/load-model";
import { readPage } from "../src/ingest/read-page";

// Bundled, the module cannot find the model beside itself: load it from the repository.
const model = loadModel(resolve("src/ingest/people/model/people-tagger.bin.gz"));

const WARM_UP_MS = 500;
const ROUNDS = 15;
const ROUND_MS = 200;

function measure(name: string, pages: readonly string[], read: (text: string) => ParsedPage = parsePage): void {
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
  let sink = 0;
  const run = (ms: number) => {
    let count = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) {
      for (const page of pages) sink += read(page).articles.length;
      count++;
    }
    return count;
  };
  run(WARM_UP_MS);
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    const count = run(ROUND_MS);
    rates.push(count / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  const best = rates.at(-1)!;
  const pagesPerSecond = median * pages.length;
  const mbPerSecond = (median * bytes) / 1e6;
  console.log(
    `${name.padEnd(20)} ${String(pages.length).padStart(3)} page(s) ${(bytes / 1024).toFixed(1).padStart(6)} kB  median ${pagesPerSecond.toFixed(0).padStart(6)} pages/s ${mbPerSecond.toFixed(2).padStart(6)} MB/s  (best ${(best * pages.length).toFixed(0)} pages/s)`,
  );
  if (sink < 0) console.log(sink);
}

const cases = fixtureCases();
console.log(`parse throughput (node ${process.version}, goal ≥ 500 pages/s)`);
measure(
  "seed page",
  cases.filter((c) => c.name === "seed").map((c) => c.source),
);
measure(
  "all fixture pages",
  cases.map((c) => c.source),
);
console.log("with people extraction (folio parse --json):");
measure(
  "seed page",
  cases.filter((c) => c.name === "seed").map((c) => c.source),
  (text) => readPage(text, model),
);
