import { ROLE_ONLY_HEADS, TITLE_HEADS } from "./title-words";
import { DESCRIPTION_HEAD_WORDS } from "./description-words";
import { charsAt } from "./chars-at";
import { titlesBefore } from "./title-phrase";
import { descriptionBefore } from "./description";
import { groupMayBeDescribed, isGroupDescription } from "./group-description";

/**
 * A title after a group of names closed by 等 (`邀请…医院的许峰和罗征秀等专家会诊`,
 * `王大明、李小红等三名医生`) is every name's role, as the gold writes it (a title that follows
 * the list in apposition is given to every name of the list). Without this the names had no role:
 * nothing stood right before or after them. The group is the name and the names joined to it by
 * `GROUP_JOINERS`; after 等 an optional count (三名, 3位) and then a known head (专家, 医生,
 * 代表) or a description's head word (工人, 干部). Found in the rmrb16 roles audit (session 32).
 *
 * Session 33 (rmrb21, roles audits 2 and 3): the title after the group is read as the title parser
 * reads a whole title, its organisation or qualifier in front (`A、B、C等中国老一辈领导人`), not only a
 * head at 等; and a group of two names or more followed by a count of people (`A和B两个网格员`) is
 * closed by the count without 等.
 */
/** Characters that join the names of one group. */
export const GROUP_JOINERS = "、和与及";
/** The word that closes the group. */
export const GROUP_CLOSER = "等";
/** Longest count between 等 and the title, in characters (`十二名`: three). */
export const MAX_COUNT_LENGTH = 3;
/**
 * Longest title read whole after the group, in characters (`中国老一辈领导人`: eight). Longer ones
 * are a clause rather than a title in apposition.
 */
export const MAX_GROUP_TITLE_LENGTH = 12;
/** Count digits and words, and the measures that end a count of people. */
const COUNT_CHARS = /^[0-9０-９一二三四五六七八九十两几多]$/u;
const PERSON_MEASURES = "名位个";
/** Characters after a head that make it part of a longer word, not the title (专家|组, 代表|团). */
export const NOT_AFTER_HEAD = "组团队们";
/** A clause start put before the words after the group, so that a title is read from there on. */
const CLAUSE_START = "，";

const HEAD_WORDS = [...new Set([...TITLE_HEADS, ...ROLE_ONLY_HEADS, ...DESCRIPTION_HEAD_WORDS])]
  .sort((a, b) => b.length - a.length)
  .map((w) => Array.from(w));

/**
 * The title after the group the name at `name` belongs to, or null. `nameEndAfter(at)` gives where
 * a name starting at `at` ends (null when none starts there), `nameEndsAt(end)` whether a name ends
 * there; `places` are the known places the title parser reads.
 */
export function groupTitleAfter(
  chars: readonly string[],
  name: { start: number; end: number },
  nameEndAfter: (at: number) => number | null,
  nameEndsAt: (end: number) => boolean = () => false,
  places: ReadonlySet<string> = new Set(),
): string | null {
  let at = name.end;
  // a name joined to one before it is the group's second name or later (`A和B两个网格员`: B)
  let names = GROUP_JOINERS.includes(chars[name.start - 1] ?? "\n") && nameEndsAt(name.start - 1) ? 2 : 1;
  for (;;) {
    if (!GROUP_JOINERS.includes(chars[at] ?? "\n")) break;
    const next = nameEndAfter(at + 1);
    if (next === null) return null;
    at = next;
    names++;
  }
  const closed = chars[at] === GROUP_CLOSER;
  if (closed) at++;
  let count = 0;
  while (count < MAX_COUNT_LENGTH && COUNT_CHARS.test(chars[at + count] ?? "")) count++;
  if (count > 0) {
    if (!PERSON_MEASURES.includes(chars[at + count] ?? "\n")) return null;
    at += count + 1;
  }
  // without 等, only a count after two names or more closes a group (`A和B两个网格员`)
  if (!closed && (count === 0 || names < 2)) return null;
  const whole = wholeRoleAt(chars, at, places, groupMayBeDescribed(closed, names, count > 0), count > 0);
  if (whole !== null) return whole;
  const head = HEAD_WORDS.find((w) => charsAt(chars, at, w));
  if (head === undefined || NOT_AFTER_HEAD.includes(chars[at + head.length] ?? "\n")) return null;
  return head.join("");
}

/**
 * The longest single title starting at `at` (at most `MAX_GROUP_TITLE_LENGTH`), as the title parser
 * reads it from a clause start, not followed by a character that makes it a longer word; or null.
 * After a count of people (`两个网格员`) or 等 closing a list (`A、B等医生`: `group-description.ts`) a
 * description read whole there is taken too: the count or the list says that persons are named by what
 * follows.
 */
function wholeRoleAt(
  chars: readonly string[],
  at: number,
  places: ReadonlySet<string>,
  described: boolean,
  counted: boolean,
): string | null {
  const phrase = [CLAUSE_START, ...chars.slice(at, at + MAX_GROUP_TITLE_LENGTH)];
  const fills = (role: string | undefined, end: number) => role !== undefined && Array.from(role).length === end - 1;
  for (let end = phrase.length; end > 1; end--) {
    if (NOT_AFTER_HEAD.includes(chars[at + end - 1] ?? "\n")) continue;
    const titles = titlesBefore(phrase, end, places);
    if (titles.length === 1 && fills(titles[0], end)) return titles[0]!;
    const description = described ? descriptionBefore(phrase, end, places) : null;
    if (description !== null && fills(description, end) && isGroupDescription(description, counted)) return description;
  }
  return null;
}
