import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gzipSize } from "./stats";

/**
 * What folding costs the app: the size of the opencc-js modules the worker loads (the three
 * character tables) against the converter bundles one would otherwise import, and the time to
 * build the table and to fold text.
 */
export interface FoldingCost {
  modules: { name: string; raw: number; gzip: number }[];
  tableMs: number;
  entries: number;
  /** Million characters per second on first use (character caches cold) and after. */
  firstPassMcps: number;
  foldMBps: number;
  foldMappedMBps: number;
  fullConverterMs: number;
}

const DICTS = ["TSCharacters", "HKVariantsRev", "TWVariantsRev"];

export async function foldingCost(sample: string): Promise<FoldingCost> {
  const root = join(dirname(createRequire(import.meta.url).resolve("opencc-js")), "..", "..");
  const size = (path: string): { raw: number; gzip: number } => {
    const bytes = readFileSync(join(root, path));
    return { raw: bytes.length, gzip: gzipSize(bytes) };
  };
  const modules = [
    {
      name: "character tables used (TS + HK/TW variants)",
      ...sum(DICTS.map((d) => size(`dist/esm-lib/dict/${d}.js`))),
    },
    { name: "opencc-js/t2cn bundle (with phrase tables)", ...size("dist/esm/t2cn.js") },
    { name: "opencc-js full bundle", ...size("dist/esm/full.js") },
  ];
  // The first call builds the table: measured before anything else folds.
  const t0 = performance.now();
  const { t2sTable } = await import("@/search/fold/t2s-table");
  const entries = t2sTable().size;
  const tableMs = performance.now() - t0;
  const { foldText, foldTextMapped } = await import("@/search/fold/fold");
  const tf = performance.now();
  foldText(sample);
  const firstPass = sample.length / 1e6 / ((performance.now() - tf) / 1000);
  const t1 = performance.now();
  foldText(sample);
  const t2 = performance.now();
  foldTextMapped(sample);
  const t3 = performance.now();
  const OpenCC = await import("opencc-js");
  const t4 = performance.now();
  OpenCC.Converter({ from: "hk", to: "cn" })("鄉村振興");
  const fullConverterMs = performance.now() - t4;
  return {
    modules,
    tableMs,
    entries,
    firstPassMcps: firstPass,
    foldMBps: sample.length / 1e6 / ((t2 - t1) / 1000),
    foldMappedMBps: sample.length / 1e6 / ((t3 - t2) / 1000),
    fullConverterMs,
  };
}

function sum(parts: { raw: number; gzip: number }[]): { raw: number; gzip: number } {
  return { raw: parts.reduce((n, p) => n + p.raw, 0), gzip: parts.reduce((n, p) => n + p.gzip, 0) };
}
