import { isBoundaryChar } from "./boundaries";

/**
 * A description whose person noun carries a standing qualifier (`著名黄梅戏表演艺术家`, `国家一级演员`)
 * or opens with where the person is from (`北海籍青年女高音歌唱家`): such phrases are how the paper
 * introduces artists, writers and scholars, and run longer than a bare description (`description.ts`
 * bounds those at 7 characters, so they were dropped). The qualifier says the phrase is a
 * description: it is read from the qualifier (`台上|国家一级演员`: what stands before it is the
 * sentence's, not the person's) to the name, up to a longer bound, and must still end with a person
 * noun. A phrase opening with a native place (`X籍`) is read whole. Only phrases too long for a bare
 * description are read so: a shorter one stays whole (`意大利著名画家`, `国际知名出版人`).
 */
/** Words that rank or acclaim a person in front of the noun that says what they are. */
export const STANDING_QUALIFIERS: readonly string[] = ["著名", "知名", "国家一级", "国家二级", "国家级", "资深"];
/** Longest such description, in characters (北海籍青年女高音歌唱家 is 11, 著名黄梅戏表演艺术家 10). */
export const MAX_QUALIFIED_DESCRIPTION_LENGTH = 12;
/** A native place before 籍 has 2–4 characters (北海籍, 黑龙江籍, 内蒙古籍). */
const NATIVE_PLACE_LENGTHS = [2, 3, 4];
/** The fewest characters after a qualifier: the person noun itself (演员, 作家). */
const MIN_NOUN_LENGTH = 2;

/**
 * The description in `phrase` (the run before a name, or after 是) read from its qualifier, when it
 * has one and `isPersonNoun` accepts how it ends; null otherwise.
 */
export function qualifiedDescription(phrase: string, isPersonNoun: (phrase: string) => boolean): string | null {
  const chars = Array.from(phrase);
  if (chars.some((ch) => isBoundaryChar(ch))) return null;
  let start = -1;
  if (NATIVE_PLACE_LENGTHS.some((n) => chars[n] === "籍")) start = 0;
  else
    for (const q of STANDING_QUALIFIERS) {
      const at = phrase.lastIndexOf(q);
      if (at >= 0) start = Math.max(start, Array.from(phrase.slice(0, at)).length);
    }
  if (start < 0) return null;
  const found = chars.slice(start);
  if (found.length > MAX_QUALIFIED_DESCRIPTION_LENGTH) return null;
  const qualifier = STANDING_QUALIFIERS.find((q) => found.join("").startsWith(q));
  if (found.length - Array.from(qualifier ?? "").length < MIN_NOUN_LENGTH) return null;
  const text = found.join("");
  return isPersonNoun(text) ? text : null;
}
