/**
 * A known place whose name holds a function character (`协和` of 武汉协和医院, `和平` of 和平区, `和田`):
 * the description read back from a name stops at a function character (it opens a clause: 和, 与,
 * 在), so `武汉协和医院西院医生` came out `医院西院医生`. Where the character is inside a known place
 * that ends before the name, it is part of the description and the reading goes on.
 */
/** Longest known place looked for around the character (the title reader's bound too). */
export const MAX_PLACE_LENGTH = 6;

/** Whether the character at `at` lies inside a known place of `places` that ends at or before `limit`. */
export function insideKnownPlace(
  chars: readonly string[],
  at: number,
  limit: number,
  places: ReadonlySet<string>,
): boolean {
  for (let start = Math.max(0, at - MAX_PLACE_LENGTH + 1); start <= at; start++)
    for (let end = at + 1; end <= Math.min(limit, start + MAX_PLACE_LENGTH); end++)
      if (end - start >= 2 && places.has(chars.slice(start, end).join(""))) return true;
  return false;
}
