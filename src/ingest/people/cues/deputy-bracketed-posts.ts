/**
 * A deputy's or member's posts in a bracket after the title that follows the name, as the session
 * reports head each speaker's paragraph (`周立新代表（南岭省委书记、省人大常委会主任）`): the person is
 * the deputy and holds every post in the bracket, as the gold writes it. The deputy reader
 * (`deputy-after-name.ts`) read 代表 only before punctuation that closes or continues the clause, not
 * before an opening bracket, and the bracket reader (`bracketed-titles.ts`) only a bracket right after
 * the name, so six deputies of one dev10 report had no role at all (session 41, rmrb62). The bracket
 * is read as `bracketedTitlesAfter` reads one: every item a title or description, joined by 、, the
 * roles filling the bracket; a bracket that holds anything else (左二, a place, a date) gives nothing,
 * not even the deputy title, since there 代表 may be the verb or the noun of another phrase.
 */
import { bracketedTitlesAfter } from "./bracketed-titles";
import { DEPUTY_TITLES } from "./deputy-after-name";

/**
 * The deputy title and the posts in the bracket after it, for a name ending at `nameEnd`, in text
 * order, or an empty list. `titlesEndingAt` and `descriptionEndingAt` as for `bracketedTitlesAfter`.
 */
export function deputyBracketedPosts(
  chars: readonly string[],
  nameEnd: number,
  titlesEndingAt: (end: number) => string[],
  descriptionEndingAt: (end: number) => string | null,
): string[] {
  for (const title of DEPUTY_TITLES) {
    const length = Array.from(title).length;
    if (chars.slice(nameEnd, nameEnd + length).join("") !== title) continue;
    const posts = bracketedTitlesAfter(chars, nameEnd + length, titlesEndingAt, descriptionEndingAt);
    return posts.length > 0 ? [title, ...posts] : [];
  }
  return [];
}
