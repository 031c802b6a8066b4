import type { SearchDoc } from "@/bundle/search-schema";
import {
  buildSearchIndex,
  type SearchIndexOptions,
  type SearchIndexStats,
} from "@/ingest/search-index/build-search-index";
import { openSearchIndex } from "@/search/open-index";
import type { SearchEngine } from "@/search/search-types";
import type { BenchQuery } from "./queries";
import { accuracy, gzipSize, percentile, type AccuracyCounter } from "./stats";
import type { Truth } from "./truth";

/** Hits a cold query asks for: a first page of results. */
export const PAGE_LIMIT = 20;
/** A small index is one file, the same download every time: opened afresh this many times, not for every query. */
const SMALL_COLD_OPENS = 10;

interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

export interface FolioReport {
  name: string;
  stats: SearchIndexStats;
  buildMs: number;
  size: Bytes;
  /** The index by kind of file: entry (index.json), p (posting shards), b (big postings), t (text). */
  sizeByKind: Record<string, Bytes>;
  /** Per cold query: the files fetched, as stored and as gzip would send them. */
  coldRaw: number[];
  coldGzip: number[];
  /** What goes over the wire: JSON files gzip-compressed by the host, binary posting files as they are. */
  coldWire: number[];
  coldFiles: number[];
  /** All cold queries' downloads summed by kind of file. */
  coldByKind: Record<string, Bytes>;
  openMs: number[];
  coldMs: number[];
  warmMs: number[];
  accuracy: AccuracyCounter;
  /** First-page queries whose total was exact, and by how much the others' upper bounds were over. */
  exactTotals: number;
  totalOvershoot: number[];
  truncated: number;
}

const kindOf = (path: string): string => (path.includes("/") ? path.split("/")[1]! : "entry");

function addBytes(into: Record<string, Bytes>, kind: string, raw: number, gzip: number): void {
  const b = (into[kind] ??= { raw: 0, gzip: 0, files: 0 });
  b.raw += raw;
  b.gzip += gzip;
  b.files++;
}

export async function runFolio(
  name: string,
  docs: readonly SearchDoc[],
  queries: readonly BenchQuery[],
  truth: Truth,
  options: Partial<SearchIndexOptions>,
  measure: { warm: boolean; accuracy: boolean; pageLimit?: number } = { warm: true, accuracy: true },
): Promise<FolioReport> {
  const pageLimit = measure.pageLimit ?? PAGE_LIMIT;
  const files = new Map<string, Uint8Array>();
  const started = performance.now();
  const stats = await buildSearchIndex(docs, (path, bytes) => void files.set(path, bytes), options);
  const buildMs = performance.now() - started;
  const gz = new Map<string, number>();
  const sizeByKind: Record<string, Bytes> = {};
  for (const [path, bytes] of files) {
    gz.set(path, gzipSize(bytes));
    addBytes(sizeByKind, kindOf(path), bytes.length, gz.get(path)!);
  }
  const all = Object.values(sizeByKind);
  const report: FolioReport = {
    name,
    stats,
    buildMs,
    size: { raw: all.reduce((n, b) => n + b.raw, 0), gzip: all.reduce((n, b) => n + b.gzip, 0), files: files.size },
    sizeByKind,
    coldRaw: [],
    coldGzip: [],
    coldWire: [],
    coldFiles: [],
    coldByKind: {},
    openMs: [],
    coldMs: [],
    warmMs: [],
    accuracy: accuracy(),
    exactTotals: 0,
    totalOvershoot: [],
    truncated: 0,
  };
  const open = (fetched?: string[], cacheBytes?: number): Promise<SearchEngine> =>
    openSearchIndex(
      async (path) => {
        const file = files.get(path);
        if (file === undefined) throw new Error(`no file ${path}`);
        fetched?.push(path);
        return file;
      },
      { cacheBytes },
    );

  let small: { engine: SearchEngine; fetched: string[] } | null = null;
  for (const [i, q] of queries.entries()) {
    let fetched: string[] = [];
    const t0 = performance.now();
    let engine: SearchEngine;
    if (small !== null) {
      ({ engine, fetched } = small);
    } else {
      engine = await open(fetched);
      report.openMs.push(performance.now() - t0);
      if (stats.mode === "small" && i + 1 >= SMALL_COLD_OPENS) small = { engine, fetched: [...fetched] };
    }
    const t1 = performance.now();
    const result = await engine.search(q.text, { limit: pageLimit });
    report.coldMs.push(performance.now() - t1);
    report.coldRaw.push(fetched.reduce((n, p) => n + files.get(p)!.length, 0));
    report.coldGzip.push(fetched.reduce((n, p) => n + gz.get(p)!, 0));
    report.coldWire.push(fetched.reduce((n, p) => n + (p.endsWith(".json") ? gz.get(p)! : files.get(p)!.length), 0));
    report.coldFiles.push(fetched.length);
    for (const path of fetched) addBytes(report.coldByKind, kindOf(path), files.get(path)!.length, gz.get(path)!);
    const expected = truth.keys(q.text).length;
    if (result.totalExact && result.total === expected) report.exactTotals++;
    else report.totalOvershoot.push(result.total - expected);
    if (result.truncated) report.truncated++;
  }

  const warm = await open(undefined, 2 ** 40);
  if (measure.warm) {
    for (const q of queries) await warm.search(q.text, { limit: PAGE_LIMIT });
    for (const q of queries) {
      const t = performance.now();
      await warm.search(q.text, { limit: PAGE_LIMIT });
      report.warmMs.push(performance.now() - t);
    }
  }
  for (const q of measure.accuracy ? queries : []) {
    const everything = await warm.search(q.text, { limit: Infinity, maxTextFetches: Infinity, snippets: false });
    report.accuracy.add(
      truth.keys(q.text),
      everything.hits.map((h) => h.key),
    );
  }
  return report;
}

export const p50 = (v: readonly number[]): number => percentile(v, 50);
export const p95 = (v: readonly number[]): number => percentile(v, 95);
