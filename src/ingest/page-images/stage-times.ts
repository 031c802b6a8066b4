/**
 * Where a PDF page's time goes, by stage, in milliseconds of the thread that did it (wall time in
 * that thread: Node 20 has no per-thread CPU clock). `folio import pdf` sums them over its pages
 * and prints them; `npm run bench:pdf` reads them off that line.
 */
export const STAGES = ["open", "text", "parse", "draw", "encode"] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

export function noStageTimes(): StageTimes {
  return { open: 0, text: 0, parse: 0, draw: 0, encode: 0 };
}

/** Runs `work`, adding its time to `stage` in `times` (when given). */
export async function timed<T>(times: StageTimes | undefined, stage: Stage, work: () => T | Promise<T>): Promise<T> {
  if (times === undefined) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    times[stage] += performance.now() - started;
  }
}

export function addStageTimes(into: StageTimes, add: StageTimes): void {
  for (const stage of STAGES) into[stage] += add[stage];
}

/** "open 1.2 s, text 3.4 s, …": seconds per stage. */
export function formatStageTimes(times: StageTimes): string {
  return STAGES.map((stage) => `${stage} ${(times[stage] / 1000).toFixed(1)} s`).join(", ");
}
