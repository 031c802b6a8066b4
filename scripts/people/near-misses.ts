/**
 * Pieces of the near-miss measurement (`near-misses-report.ts`): how sure the tagger was of a span,
 * put in bands, and the span's rank among the spans it competes with at its place.
 */

/** Upper edges of the probability bands of the report's histogram; the last band is ≥ the last edge. */
export const BAND_EDGES = [1e-3, 0.01, 0.1, 0.3, 0.5] as const;
export const BAND_LABELS = ["<1e-3", "1e-3–0.01", "0.01–0.1", "0.1–0.3", "0.3–0.5", "≥0.5"] as const;

/** The index of the band (into `BAND_LABELS`) that holds a probability. */
export function probabilityBand(probability: number): number {
  const i = BAND_EDGES.findIndex((edge) => probability < edge);
  return i < 0 ? BAND_EDGES.length : i;
}

/** Shortest and longest spans that compete for a name's place (a name is 2–4 characters). */
export const COMPETING_MIN_LENGTH = 2;
export const COMPETING_MAX_LENGTH = 4;

/**
 * The rank (1 = the likeliest) of span [start, end) among every span of `COMPETING_MIN_LENGTH` to
 * `COMPETING_MAX_LENGTH` characters that overlaps it, itself included; ties rank together.
 */
export function spanRank(
  length: number,
  start: number,
  end: number,
  probability: (start: number, end: number) => number,
): number {
  const own = probability(start, end);
  let higher = 0;
  for (let a = Math.max(0, start - COMPETING_MAX_LENGTH + 1); a < end; a++) {
    for (let n = COMPETING_MIN_LENGTH; n <= COMPETING_MAX_LENGTH && a + n <= length; n++) {
      const b = a + n;
      if (b <= start || (a === start && b === end)) continue;
      if (probability(a, b) > own) higher++;
    }
  }
  return higher + 1;
}

/** Every start (in characters) of `name` in `chars`. */
export function occurrencesOf(chars: readonly string[], name: string): number[] {
  const n = Array.from(name);
  const at: number[] = [];
  for (let i = 0; i + n.length <= chars.length; i++) if (n.every((c, k) => chars[i + k] === c)) at.push(i);
  return at;
}
