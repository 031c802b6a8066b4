import { ROLE_ONLY_HEADS, TITLE_HEADS } from "./title-words";
import { DESCRIPTION_HEAD_WORDS } from "./description-words";
import { charsAt } from "./chars-at";

/**
 * A title after a group of names closed by 等 (`邀请…医院的许峰和罗征秀等专家会诊`,
 * `王大明、李小红等三名医生`) is every name's role, as the gold writes it (a title that follows
 * the list in apposition is given to every name of the list). Without this the names had no role:
 * nothing stood right before or after them. The group is the name and the names joined to it by
 * `GROUP_JOINERS`; after 等 an optional count (三名, 3位) and then a known head (专家, 医生,
 * 代表) or a description's head word (工人, 干部). Found in the rmrb16 roles audit (session 32).
 */
/** Characters that join the names of one group. */
export const GROUP_JOINERS = "、和与及";
/** The word that closes the group. */
export const GROUP_CLOSER = "等";
/** Longest count between 等 and the title, in characters (`十二名`: three). */
export const MAX_COUNT_LENGTH = 3;
/** Count digits and words, and the measures that end a count of people. */
const COUNT_CHARS = /^[0-9０-９一二三四五六七八九十两几多]$/u;
const PERSON_MEASURES = "名位个";
/** Characters after a head that make it part of a longer word, not the title (专家|组, 代表|团). */
export const NOT_AFTER_HEAD = "组团队们";

const HEAD_WORDS = [...new Set([...TITLE_HEADS, ...ROLE_ONLY_HEADS, ...DESCRIPTION_HEAD_WORDS])]
  .sort((a, b) => b.length - a.length)
  .map((w) => Array.from(w));

/**
 * The title after the group a name ending at `nameEnd` belongs to, or null. `nameEndAfter(at)`
 * gives where a name starting at `at` ends (null when none starts there).
 */
export function groupTitleAfter(
  chars: readonly string[],
  nameEnd: number,
  nameEndAfter: (at: number) => number | null,
): string | null {
  let at = nameEnd;
  for (;;) {
    if (!GROUP_JOINERS.includes(chars[at] ?? "\n")) break;
    const next = nameEndAfter(at + 1);
    if (next === null) return null;
    at = next;
  }
  if (chars[at] !== GROUP_CLOSER) return null;
  at++;
  let count = 0;
  while (count < MAX_COUNT_LENGTH && COUNT_CHARS.test(chars[at + count] ?? "")) count++;
  if (count > 0) {
    if (!PERSON_MEASURES.includes(chars[at + count] ?? "\n")) return null;
    at += count + 1;
  }
  const head = HEAD_WORDS.find((w) => charsAt(chars, at, w));
  if (head === undefined || NOT_AFTER_HEAD.includes(chars[at + head.length] ?? "\n")) return null;
  return head.join("");
}
