/**
 * Builds the people tagger's character clusters from unannotated modern text (rmrb-web, People's
 * Daily 2019–2020; never the PFR month, whose gold could leak in) and writes them as JSON
 * (`[[character, cluster], …]`, sorted), for `npm run train:people -- --clusters <file>` to store in
 * the model file:
 *   npx tsx scripts/people/build-char-clusters.ts [--corpus <rmrb-web dir>] [--out <file>] [--k 128] [--seed 1]
 * Deterministic: same corpus and options, same bytes (files read in sorted order, seeded k-means).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SHARED_CORPUS_DIR, requireCorpusFile } from "../pfr/corpus-path";
import { clusterCharacters, ContextCounts } from "./char-clusters";

/** Settings: 128 clusters of the characters seen 10+ times, described by the 500 most frequent neighbours a side. */
export const CLUSTERS = 128;
export const MIN_COUNT = 10;
export const CONTEXT_SIZE = 500;
export const ITERATIONS = 30;

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    out: { type: "string", default: "/tmp/char-clusters.json" },
    k: { type: "string", default: String(CLUSTERS) },
    seed: { type: "string", default: "1" },
  },
});
const dir = requireCorpusFile(
  values.corpus ?? (process.env.FOLIO_RMRB || join(SHARED_CORPUS_DIR, "rmrb-web")),
  "the rmrb-web corpus (FOLIO_RMRB)",
);
const started = performance.now();
const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function* textFiles(path: string): Generator<string> {
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) yield* textFiles(join(path, entry.name));
    else if (entry.name.endsWith(".txt")) yield join(path, entry.name);
  }
}

const counts = new ContextCounts();
let files = 0;
for (const file of textFiles(dir)) {
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) counts.addLine(line.trim());
  files++;
}
console.log(`${files} files, ${counts.total.size} distinct characters — ${since()}`);
const clusters = clusterCharacters(counts, {
  k: Number(values.k),
  minCount: MIN_COUNT,
  contextSize: CONTEXT_SIZE,
  iterations: ITERATIONS,
  seed: Number(values.seed),
});
const entries = [...clusters].sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(values.out, JSON.stringify(entries) + "\n");
console.log(`${entries.length} characters in ${values.k} clusters; wrote ${values.out} — ${since()}`);
