import { isHan } from "@/text/char-class";
import { isBoundaryChar, startsClause } from "./boundaries";
import { holdsAspectParticle } from "./aspect-particle";

/**
 * A town's or township's name of three characters before a title that starts at 镇 or 乡 (`石家岭镇人大主席`)
 * is read whole when it opens its clause, as a village's is (`village-name.ts`): the owner of an admin level
 * is read as two characters (`UNKNOWN_PLACE_LENGTH`) only after a boundary, so the title kept `镇人大主席`.
 * Taken only when the three characters back to the clause's start (punctuation, a quote, the text's start)
 * are Han and no function character. Session 37 (rmrb45): the ninth audit's town congress chair.
 */
/** The admin levels of a town and a township. */
export const TOWN_CHARS = "镇乡";
/** Length of a town's name read so (two-character ones are read as any admin level's owner). */
export const TOWN_NAME_LENGTH = 3;

/** Where the title starts when the town's name before `at` (where 镇 or 乡 stands) opens the clause; else null. */
export function townNameStart(chars: readonly string[], at: number): number | null {
  if (!TOWN_CHARS.includes(chars[at] ?? "-")) return null;
  const start = at - TOWN_NAME_LENGTH;
  if (start < 0 || (start > 0 && !startsClause(chars[start - 1]))) return null;
  const name = chars.slice(start, at);
  if (name.some((ch) => !isHan(ch) || isBoundaryChar(ch)) || holdsAspectParticle(chars, start, at)) return null;
  return start;
}
