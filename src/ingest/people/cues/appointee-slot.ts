/**
 * The person a decision names, between its verb and 为 (`任命曹某为驻某国大使`, `免去王某为…`,
 * `提名李某为候选人`): appointment news writes the appointee so, with the post after 为. The slot
 * vouches for a name the tagger found there (support.ts); it adds none by itself. dev4: 曹小林 in
 * `任命曹小林为中华人民共和国驻…大使` (tagger 0.88, below the unsupported bar of 0.9), the one name of
 * its article.
 */
export const APPOINTING_VERBS: readonly string[] = ["任命", "提名", "推选", "选举", "聘任", "聘请", "特任", "委任"];
/** What follows the appointee: 为 and the post. */
export const APPOINTEE_CLOSE = "为";

/** Whether the mention [start, end) stands between an appointing verb and 为. */
export function appointeeSlotAt(chars: readonly string[], start: number, end: number): boolean {
  if (chars[end] !== APPOINTEE_CLOSE) return false;
  return APPOINTING_VERBS.some((verb) => {
    const length = Array.from(verb).length;
    return start >= length && chars.slice(start - length, start).join("") === verb;
  });
}
