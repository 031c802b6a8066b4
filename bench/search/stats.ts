import { gzipSync } from "node:zlib";

/** Small helpers for measuring and printing. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 6 }).length;
}

export const kB = (bytes: number): string =>
  Number.isNaN(bytes) ? "–" : (bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0);
export const MB = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
export const ms = (t: number): string => (Number.isNaN(t) ? "–" : t < 10 ? t.toFixed(2) : t.toFixed(0));

/** Prints rows as a Markdown table (pasteable into a report). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** Doc-level misses and false hits of one engine against the truth, summed over queries. */
export interface Accuracy {
  fn: number;
  fp: number;
  fnQueries: number;
  fpQueries: number;
}

export type AccuracyCounter = Accuracy & { add(truth: readonly string[], got: readonly string[]): void };

export function accuracy(): AccuracyCounter {
  const acc = {
    fn: 0,
    fp: 0,
    fnQueries: 0,
    fpQueries: 0,
    add(truth: readonly string[], got: readonly string[]): void {
      const t = new Set(truth);
      const g = new Set(got);
      let fn = 0;
      let fp = 0;
      for (const k of t) if (!g.has(k)) fn++;
      for (const k of g) if (!t.has(k)) fp++;
      acc.fn += fn;
      acc.fp += fp;
      if (fn > 0) acc.fnQueries++;
      if (fp > 0) acc.fpQueries++;
    },
  };
  return acc;
}
