import { ALLOWED, CAN_END, CAN_START, TAG_COUNT } from "./tags";

/**
 * Best tag sequence under emission scores (`emissions[i * TAG_COUNT + t]`) and transition scores
 * (`transitions[from * TAG_COUNT + to]`), restricted to well-formed BIES sequences.
 */
export function viterbi(
  emissions: Float32Array | Float64Array,
  length: number,
  transitions: ArrayLike<number>,
): Uint8Array {
  const T = TAG_COUNT;
  const tags = new Uint8Array(length);
  if (length === 0) return tags;
  const score = new Float64Array(length * T);
  const back = new Uint8Array(length * T);
  for (let t = 0; t < T; t++) score[t] = CAN_START[t] ? emissions[t]! : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let to = 0; to < T; to++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < T; from++) {
        if (!ALLOWED[from * T + to]) continue;
        const s = score[(i - 1) * T + from]! + transitions[from * T + to]!;
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      score[i * T + to] = best + emissions[i * T + to]!;
      back[i * T + to] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const s = CAN_END[t] ? score[(length - 1) * T + t]! : -Infinity;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg]!;
  }
  return tags;
}
