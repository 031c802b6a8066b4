import { isHan } from "@/text/char-class";
import { isBoundaryChar, startsClause } from "./boundaries";
import { holdsAspectParticle } from "./aspect-particle";

/**
 * A village's name before a title that starts at 村 (`马尾山村支书`, `青石岭村党支部书记`) is read
 * whole when it opens its clause: village names are often three characters, where the owner of an
 * admin level is read as two (`UNKNOWN_PLACE_LENGTH`), so the title kept only `村支书`. Taken
 * only when the characters back to the clause's start (punctuation, a quote, the text's start)
 * are all Han and no function character, so a verb or a clause before it (`来到马尾山村`) is never
 * read into the title. Found in the rmrb16 roles audit (session 32).
 */
/** The admin level of a village. */
export const VILLAGE_CHAR = "村";
/**
 * Length of a village name read so, in characters: two-character ones are already read as any
 * admin level's owner (`UNKNOWN_PLACE_LENGTH`); longer stretches are rarely one name.
 */
export const VILLAGE_NAME_LENGTH = 3;

/** Where the title starts when the village name before `at` (where 村 stands) opens the clause; else null. */
export function villageNameStart(chars: readonly string[], at: number): number | null {
  if (chars[at] !== VILLAGE_CHAR) return null;
  const start = at - VILLAGE_NAME_LENGTH;
  if (start < 0 || (start > 0 && !startsClause(chars[start - 1]))) return null;
  const name = chars.slice(start, at);
  if (name.some((ch) => !isHan(ch) || isBoundaryChar(ch)) || holdsAspectParticle(chars, start, at)) return null;
  return start;
}
