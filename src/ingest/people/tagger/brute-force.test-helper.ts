import { ALLOWED, CAN_END, CAN_START, TAG_COUNT } from "./tags";

/** Every well-formed tag sequence of a short sentence with its score, for checking the DP code. */
export function allSequences(
  em: ArrayLike<number>,
  n: number,
  trans: ArrayLike<number>,
): { tags: number[]; score: number }[] {
  const out: { tags: number[]; score: number }[] = [];
  const walk = (tags: number[], score: number) => {
    const i = tags.length;
    if (i === n) {
      if (CAN_END[tags[n - 1]!]) out.push({ tags, score });
      return;
    }
    for (let t = 0; t < TAG_COUNT; t++) {
      if (i === 0 ? !CAN_START[t] : !ALLOWED[tags[i - 1]! * TAG_COUNT + t]) continue;
      walk([...tags, t], score + em[i * TAG_COUNT + t]! + (i > 0 ? trans[tags[i - 1]! * TAG_COUNT + t]! : 0));
    }
  };
  walk([], 0);
  return out;
}
