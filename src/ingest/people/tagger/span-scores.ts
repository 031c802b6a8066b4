import { ALLOWED, B, CAN_END, CAN_START, E, I, S, TAG_COUNT } from "./tags";

/**
 * How sure the tagger is of a span: the CRF's probability that exactly that span is one name, by
 * forward–backward over the same scores Viterbi uses. The cues use it to choose a name's length
 * (欧树 or 欧树和) and to hear the tagger out before they add a name it did not find.
 */

function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * The tags each tag may follow and precede (`ALLOWED`): a transition not allowed scores -Infinity,
 * which adds nothing to a log-sum, so the sums skip it (the same numbers, fewer logarithms).
 */
const FROM = Array.from({ length: TAG_COUNT }, (_, to) =>
  Array.from({ length: TAG_COUNT }, (_, from) => from).filter((from) => ALLOWED[from * TAG_COUNT + to]),
);
const TO = Array.from({ length: TAG_COUNT }, (_, from) =>
  Array.from({ length: TAG_COUNT }, (_, to) => to).filter((to) => ALLOWED[from * TAG_COUNT + to]),
);

export class SpanScorer {
  /** Forward and backward scores and log Z, computed at the first question (many sentences get none). */
  private tables: { alpha: Float64Array; beta: Float64Array; logZ: number } | null = null;

  constructor(
    private readonly emissions: Float32Array,
    readonly length: number,
    private readonly transitions: ArrayLike<number>,
  ) {}

  private forwardBackward(): { alpha: Float64Array; beta: Float64Array; logZ: number } {
    if (this.tables !== null) return this.tables;
    const { emissions, transitions } = this;
    const T = TAG_COUNT;
    const n = this.length;
    const em = (i: number, t: number) => emissions[i * T + t]!;
    const tr = (a: number, b: number) => transitions[a * T + b]!;
    const alpha = new Float64Array(n * T).fill(-Infinity);
    const beta = new Float64Array(n * T).fill(-Infinity);
    if (n === 0) return (this.tables = { alpha, beta, logZ: 0 });
    for (let t = 0; t < T; t++) if (CAN_START[t]) alpha[t] = em(0, t);
    for (let i = 1; i < n; i++) {
      for (let t = 0; t < T; t++) {
        let s = -Infinity;
        for (const f of FROM[t]!) s = logSumExp(s, alpha[(i - 1) * T + f]! + tr(f, t));
        alpha[i * T + t] = s + em(i, t);
      }
    }
    for (let t = 0; t < T; t++) if (CAN_END[t]) beta[(n - 1) * T + t] = 0;
    for (let i = n - 2; i >= 0; i--) {
      for (let t = 0; t < T; t++) {
        let s = -Infinity;
        for (const u of TO[t]!) s = logSumExp(s, tr(t, u) + em(i + 1, u) + beta[(i + 1) * T + u]!);
        beta[i * T + t] = s;
      }
    }
    let logZ = -Infinity;
    for (let t = 0; t < T; t++) logZ = logSumExp(logZ, alpha[(n - 1) * T + t]! + beta[(n - 1) * T + t]!);
    return (this.tables = { alpha, beta, logZ });
  }

  /** Probability that positions [start, end) are tagged as exactly one name. */
  spanProbability(start: number, end: number): number {
    const T = TAG_COUNT;
    if (start < 0 || end > this.length || end <= start) return 0;
    const { alpha, beta, logZ } = this.forwardBackward();
    if (end - start === 1) return Math.exp(alpha[start * T + S]! + beta[start * T + S]! - logZ);
    let s = alpha[start * T + B]!;
    let previous = B;
    for (let k = start + 1; k < end; k++) {
      const tag = k === end - 1 ? E : I;
      s += this.transitions[previous * T + tag]! + this.emissions[k * T + tag]!;
      previous = tag;
    }
    return Math.exp(s + beta[(end - 1) * T + E]! - logZ);
  }
}
