/**
 * A country printed with a short bracketed note right after it (`刚果（金）`, `刚果（布）`: which Congo):
 * the note belongs to the place, so a title reading back to a place (a publication's country) reads
 * over it. Only a note of a few Han characters in full-width brackets, right before `end`.
 */
/** Longest note read, in Han characters between the brackets (金, 布; a city such as 朱巴 is longer). */
export const MAX_PLACE_NOTE = 2;

/** Where a bracketed note ending right before `end` starts (at its `（`), or `end` when there is none. */
export function placeNoteStart(chars: readonly string[], end: number): number {
  if (chars[end - 1] !== "）") return end;
  for (let open = end - 2; open >= 0 && end - 2 - open <= MAX_PLACE_NOTE; open--) {
    if (chars[open] === "（") return open < end - 2 ? open : end;
    if (!/\p{Script=Han}/u.test(chars[open]!)) return end;
  }
  return end;
}
