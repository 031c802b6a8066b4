import { charsAt } from "./chars-at";
import { TITLE_MODIFIERS } from "./title-words";
import { isBoundaryChar } from "./boundaries";

/**
 * A company's post for a region (`博世中国总裁`, `赛默飞中国区总裁`, `该公司中国区总裁`, `…总监、大中华区总裁`)
 * is the whole phrase: the company's name, the region and the post, as the gold writes it. The title
 * reader took the region for the post's owner, a place, and stopped there (`中国总裁`), and read 中华区
 * without the 大 of 大中华区 (`中华区总裁`): a transliterated company name is no place or organisation
 * the lists know. Found in audit 7 (session 36, rmrb39: 6 of its 27 role errors, one article).
 *
 * Read only before a company's post (`COMPANY_POSTS`, with a modifier: 副总裁, 执行董事长): a region
 * before another post is a country's (`中国总理`). The name before the region is the run of characters
 * back to a boundary (punctuation, a function character, the text's start), of `MIN_COMPANY_LENGTH` to
 * `MAX_COMPANY_LENGTH` characters, not led by a pronoun (`他中国区…` is a clause, not a company). A verb
 * in front (`担任中国区总裁`) is taken off afterwards by the verb reader, as for every title.
 */
/** The region words a company's post is for, longest first. */
export const REGION_WORDS: readonly string[] = ["大中华区", "中华区", "中国区", "亚太区", "中国"];
/** The posts of a company that a region stands before. */
export const COMPANY_POSTS: readonly string[] = ["首席执行官", "总经理", "董事长", "总裁", "总监", "负责人"];
/** Shortest company name before the region (博世: two characters). */
export const MIN_COMPANY_LENGTH = 2;
/** Longest company name before the region (霍尼韦尔: four; 六 leaves room for 某某集团). */
export const MAX_COMPANY_LENGTH = 6;
/** Characters that open a clause rather than a company's name. */
const PRONOUN_CHARS = "他她它我你您咱其";
/** The 大 of 大中华区 when the reader took 中华区 alone. */
const GREATER = "大";

const POSTS = [...COMPANY_POSTS].sort((a, b) => b.length - a.length).map((w) => Array.from(w));
const MODIFIERS = ["", ...TITLE_MODIFIERS].sort((a, b) => b.length - a.length).map((w) => Array.from(w));
const REGIONS = REGION_WORDS.map((w) => Array.from(w));

/** Whether `chars[from, end)` is a company's post alone, with an optional modifier (副总裁). */
function isCompanyPost(chars: readonly string[], from: number, end: number): boolean {
  return MODIFIERS.some(
    (m) =>
      charsAt(chars, from, m) &&
      POSTS.some((p) => m.length + p.length === end - from && charsAt(chars, from + m.length, p)),
  );
}

/**
 * Where the title from `start` to `end` starts when it is a region's post read without its company
 * (`博世|中国总裁`) or without the 大 of 大中华区; null when it is not one.
 */
export function companyRegionTitleStart(chars: readonly string[], start: number, end: number): number | null {
  let regionStart = start;
  if (charsAt(chars, start, REGIONS[1]!) && chars[start - 1] === GREATER) regionStart = start - 1;
  const region = REGIONS.find((r) => charsAt(chars, regionStart, r));
  if (region === undefined || !isCompanyPost(chars, regionStart + region.length, end)) return null;
  let company = regionStart;
  while (company > 0 && regionStart - company < MAX_COMPANY_LENGTH && !isBoundaryChar(chars[company - 1])) company--;
  const length = regionStart - company;
  const named =
    length >= MIN_COMPANY_LENGTH && isBoundaryChar(chars[company - 1]) && !PRONOUN_CHARS.includes(chars[company]!);
  if (named) return company;
  return regionStart === start ? null : regionStart;
}
