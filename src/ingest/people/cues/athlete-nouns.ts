/**
 * Athletes described by their standing (`某国小将…`, `老将…`, `名将…`): these person nouns end with 将,
 * a function character (将 = "will"), so the description reader stopped at it and the athlete had no
 * role, where the annotators give `小将` and `希腊小将` as printed. Right before a name such a word is
 * the description, with the country written before it when that is a known place (`希腊小将`); any
 * other word before it is left off, as it may be the verb whose object the athlete is (`搭档|小将…`,
 * `队中|老将`). A closed list: 将 after other characters is the verb (`即将`, `也将`), and 将军 never
 * ends right before a name.
 */
export const ATHLETE_NOUNS: readonly string[] = ["小将", "老将", "名将"];
/** The function character the words end with. */
const ATHLETE_NOUN_END = "将";
/** Longest known place looked for before the noun (俄罗斯, 哈萨克斯坦). */
const MAX_PLACE_LENGTH = 6;
/** Shortest: a two-character country (希腊, 中国). */
const MIN_PLACE_LENGTH = 2;

/**
 * The athlete's description ending right before a name at `nameStart` (`小将`, `希腊小将`), or null
 * when no athlete noun stands there.
 */
export function athleteDescriptionBefore(
  chars: readonly string[],
  nameStart: number,
  places: ReadonlySet<string>,
): string | null {
  // cheap check first: the character before the name must be 将
  if (chars[nameStart - 1] !== ATHLETE_NOUN_END) return null;
  const noun = ATHLETE_NOUNS.find((w) => chars[nameStart - 2] === w[0]);
  if (noun === undefined) return null;
  const nounStart = nameStart - 2;
  for (let len = Math.min(MAX_PLACE_LENGTH, nounStart); len >= MIN_PLACE_LENGTH; len--) {
    const place = chars.slice(nounStart - len, nounStart).join("");
    if (places.has(place)) return place + noun;
  }
  return noun;
}

/**
 * Is `description` an athlete noun with the athlete's country before it (`希腊小将`)? Such a
 * description is the first name's own: a name after 和 does not share it (`某国名将A和B`, B often of
 * another country), where a bare one or a counted one is shared (`两位小将A和B`).
 */
export function isPlacedAthlete(description: string): boolean {
  return description.length > 2 && ATHLETE_NOUNS.some((w) => description.endsWith(w));
}
