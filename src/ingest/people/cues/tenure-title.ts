import { isBoundaryChar } from "./boundaries";
import { TITLE_CLAUSE_OPENERS } from "./title-clause";

/**
 * A post held at the time of the events told (`时任墨西哥总统卡尔德龙`, `时任…副局长的王九明、杨水桐`):
 * the gold writes the role as printed, with the word that dates it (`时任墨西哥总统`). The title
 * parser starts a title at a known place and so left the word off when the title opens with one; and
 * a title joined to the name by 的 was not read at all, although with the dating word in front it
 * can only be the named person's post (`时任…所长的曾志德`: who was then …; without it `局长的秘书`
 * is someone else's).
 */
/**
 * Words before a post that date it, kept as part of the role: then (时任) and now (现任, session 36
 * second round, rmrb41: the eighth audit's `现任…派出所所长`, kept as printed like 时任).
 */
export const TENURE_WORDS: readonly string[] = ["时任", "现任"];
/** The character that joins a dated post to the name after it (`时任…副所长的曾志德`). */
const POSSESSIVE = "的";

/** Where a title starting at `start` starts with its dating word (`时任|墨西哥总统` → at 时任), or null. */
export function tenureTitleStart(chars: readonly string[], start: number): number | null {
  for (const word of TENURE_WORDS) {
    const w = Array.from(word);
    const at = start - w.length;
    if (at < 0 || chars.slice(at, start).join("") !== word) continue;
    // the word opens its clause (`，时任…`), follows a function character (`和时任…`) or an opener
    // of the clause (`还有|时任…`)
    if (at === 0 || isBoundaryChar(chars[at - 1]) || followsOpener(chars, at)) return at;
  }
  return null;
}

function followsOpener(chars: readonly string[], at: number): boolean {
  return TITLE_CLAUSE_OPENERS.some((o) => {
    const w = Array.from(o);
    return w.length >= 2 && chars.slice(at - w.length, at).join("") === o;
  });
}

/**
 * The titles of a name starting at `nameStart` joined to it by 的 (`时任笋田派出所副所长的曾志德`),
 * when the first of them is dated (starts with one of `TENURE_WORDS`); `titlesEndingAt(end)` reads
 * the titles that end at `end`. Empty when there is no 的 or no dated title before it.
 */
export function tenureTitlesBefore(
  chars: readonly string[],
  nameStart: number,
  titlesEndingAt: (end: number) => string[],
): string[] {
  if (chars[nameStart - 1] !== POSSESSIVE) return [];
  const titles = titlesEndingAt(nameStart - 1);
  return titles.length > 0 && TENURE_WORDS.some((w) => titles[0]!.startsWith(w)) ? titles : [];
}
