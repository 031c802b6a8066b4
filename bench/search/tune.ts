import { parseArgs } from "node:util";
import type { SearchIndexOptions } from "@/ingest/search-index/build-search-index";
import { sortForSearch } from "@/ingest/search-index/issue-table";
import { benchQueries } from "./queries";
import { p50, p95, runFolio } from "./run-folio";
import { kB, MB, ms, table } from "./stats";
import { syntheticCorpus } from "./synthetic-corpus";
import { Truth } from "./truth";

/**
 * `node --import tsx bench/search/tune.ts --size 100000`: the sharded index's knobs, one at a time
 * from the defaults, on one corpus: size, files and what a cold query downloads.
 */
const { values } = parseArgs({ options: { size: { type: "string", default: "100000" } } });
const docs = sortForSearch(syntheticCorpus(Number(values.size)));
const truth = new Truth(docs);
const queries = benchQueries(docs, truth);

const variants: [string, Partial<SearchIndexOptions>, number][] = [
  ["defaults", {}, 20],
  ["defaults, first page 10", {}, 10],
  ["docs/text shard 2", { docsPerTextShard: 2 }, 20],
  ["docs/text shard 4", { docsPerTextShard: 4 }, 20],
  ["shard target 2 kB", { targetShardBytes: 2048 }, 20],
  ["shard target 2 kB, big > 512 B", { targetShardBytes: 2048, bigPostingBytes: 512 }, 20],
  ["shard target 8 kB", { targetShardBytes: 8192 }, 20],
  ["big posting > 4 kB", { bigPostingBytes: 4096 }, 20],
  ["no bitmaps", { encoding: { bitmaps: false, complements: true } }, 20],
  ["no complements", { encoding: { bitmaps: true, complements: false } }, 20],
];

const rows: string[][] = [];
for (const [name, options, pageLimit] of variants) {
  const r = await runFolio(
    name,
    docs,
    queries,
    truth,
    { mode: "segmented", ...options },
    { warm: false, accuracy: false, pageLimit },
  );
  const k = (kind: string): string => `${MB(r.sizeByKind[kind]?.raw ?? 0)}`;
  rows.push([
    name,
    `${MB(r.size.raw)} / ${MB(r.size.gzip)}`,
    `p ${k("p")} b ${k("b")} t ${k("t")}`,
    String(r.size.files),
    `${kB(p50(r.coldWire))} / ${kB(p95(r.coldWire))}`,
    `${kB(p50(r.coldRaw))} / ${kB(p95(r.coldRaw))}`,
    `${ms(p50(r.coldMs))} / ${ms(p95(r.coldMs))}`,
    String(r.truncated),
  ]);
  console.error(`done: ${name}`);
}
console.log(`\n## Tuning the sharded index, synthetic ${docs.length} articles\n`);
console.log(
  table(
    [
      "variant",
      "index MB raw / gz",
      "MB by kind",
      "files",
      "cold kB wire p50 / p95",
      "raw p50 / p95",
      "cold ms p50 / p95",
      "truncated",
    ],
    rows,
  ),
);
