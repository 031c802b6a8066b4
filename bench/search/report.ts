import type { SearchDoc } from "@/bundle/search-schema";
import type { FoldingCost } from "./folding-cost";
import type { WorkerBundle } from "./worker-bundle";
import type { BenchQuery } from "./queries";
import { PAGE_LIMIT, p50, p95, type FolioReport } from "./run-folio";
import type { LibraryReport } from "./run-libraries";
import { kB, MB, ms, table } from "./stats";

/** The benchmark's printed tables. */

export function printFolding(cost: FoldingCost, worker: WorkerBundle): void {
  console.log("## Folding (opencc-js, character tables only)\n");
  console.log(
    table(
      ["module", "raw kB", "gzip kB"],
      cost.modules.map((m) => [m.name, kB(m.raw), kB(m.gzip)]),
    ),
  );
  console.log(
    `\ntable: ${cost.entries} entries built in ${ms(cost.tableMs)} ms (import + parse); ` +
      `full hk→cn converter (phrases) first use: ${ms(cost.fullConverterMs)} ms; ` +
      `search worker bundle (minified ESM): ${kB(worker.raw)} kB raw, ${kB(worker.gzip)} kB gzip, of which OpenCC tables ${kB(worker.tablesRaw)} kB raw; ` +
      `fold: ${cost.firstPassMcps.toFixed(0)} M chars/s first pass, ${cost.foldMBps.toFixed(0)} M chars/s after, fold with offset map: ${cost.foldMappedMBps.toFixed(0)} M chars/s\n`,
  );
}

const pair = (v: readonly number[], f: (n: number) => string): string => `${f(p50(v))} / ${f(p95(v))}`;
const acc = (a: { fn: number; fp: number; fnQueries: number; fpQueries: number }): [string, string] => [
  `${a.fn} (${a.fnQueries}q)`,
  `${a.fp} (${a.fpQueries}q)`,
];

export function printCorpus(
  label: string,
  docs: readonly SearchDoc[],
  queries: readonly BenchQuery[],
  folio: readonly FolioReport[],
  libraries: readonly LibraryReport[],
  elapsedMs: number,
): void {
  const chars = docs.reduce((n, d) => n + d.title.length + d.paragraphs.reduce((m, p) => m + p.length, 0), 0);
  const kinds = [...new Set(queries.map((q) => q.kind))]
    .map((k) => `${queries.filter((q) => q.kind === k).length} ${k}`)
    .join(", ");
  console.log(`\n## ${label}\n`);
  console.log(
    `${docs.length} articles, ${(chars / 1e6).toFixed(1)} M characters; ${queries.length} queries (${kinds}); first page = ${PAGE_LIMIT} hits\n`,
  );
  const header = [
    "engine",
    "build s",
    "index MB raw / gz",
    "files",
    "cold kB wire p50 / p95",
    "cold kB raw p50 / p95",
    "cold files p95",
    "open ms p50",
    "query ms cold p50 / p95",
    "warm p50 / p95",
    "FN docs (queries)",
    "FP docs (queries)",
  ];
  const rows = folio.map((r) => [
    r.name,
    (r.buildMs / 1000).toFixed(1),
    `${MB(r.size.raw)} / ${MB(r.size.gzip)}`,
    String(r.size.files),
    pair(r.coldWire, kB),
    pair(r.coldRaw, kB),
    String(p95(r.coldFiles)),
    ms(p50(r.openMs)),
    pair(r.coldMs, ms),
    pair(r.warmMs, ms),
    ...acc(r.accuracy),
  ]);
  for (const l of libraries) {
    const size = l.bytes === null ? `fails: ${l.serialiseError?.slice(0, 30)}` : `${MB(l.bytes)} / –`;
    rows.push([
      l.name,
      (l.buildMs / 1000).toFixed(1),
      size,
      "1",
      "all",
      l.bytes === null ? "–" : `${kB(l.bytes)} (all)`,
      "1",
      "–",
      "–",
      pair(l.queryMs, ms),
      ...acc(l.accuracy),
    ]);
  }
  console.log(table(header, rows));
  for (const r of folio) {
    const p = r.stats.postings;
    const detail =
      p === null
        ? "one index.json"
        : `${p.shards} posting shards, ${p.bigFiles} big-posting files, ${r.stats.textShards} text shards; ` +
          `posting bytes by kind ${JSON.stringify(Object.fromEntries(Object.entries(p.bytesByKind).map(([k, v]) => [k, `${MB(v)} MB`])))}; ` +
          `terms ${JSON.stringify(p.terms)}; encodings ${JSON.stringify(p.encodings)}`;
    const overshoot =
      r.totalOvershoot.length === 0
        ? ""
        : `, inexact totals over by p50 ${p50(r.totalOvershoot)} / max ${Math.max(...r.totalOvershoot)}`;
    const n = r.coldMs.length;
    const byKind = (m: Record<string, { raw: number; gzip: number; files: number }>, per: number): string =>
      Object.entries(m)
        .map(
          ([k, b]) =>
            `${k}: ${b.files / per >= 10 ? (b.files / per).toFixed(0) : (b.files / per).toFixed(1)} files ${kB(b.raw / per)} / ${kB(b.gzip / per)} kB`,
        )
        .join("; ");
    console.log(`\n- ${r.name}: ${detail}`);
    console.log(`  index by kind (raw / gz): ${byKind(r.sizeByKind, 1)}`);
    console.log(`  mean cold query by kind (raw / gz): ${byKind(r.coldByKind, n)}`);
    const kinds = [...new Set(queries.map((q) => q.kind)), "one character"];
    const ofKind = (k: string): number[] =>
      r.coldWire.filter((_, i) =>
        k === "one character" ? Array.from(queries[i]!.text).length === 1 : queries[i]!.kind === k,
      );
    console.log(
      `  cold kB wire p50 / p95 by query kind: ${kinds.map((k) => `${k} ${pair(ofKind(k), kB)}`).join("; ")}`,
    );
    console.log(
      `  exact totals on the first page: ${r.exactTotals}/${n}${overshoot}; truncated by budget: ${r.truncated}`,
    );
  }
  console.log(`\n(${(elapsedMs / 1000).toFixed(0)} s)`);
}
