import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";

/**
 * A student's cohort before the description (`某某大学某某学院2031级博士研究生`): the description reader
 * stops at the year's digits and keeps the 级 of the year on its front (`级博士研究生`). The description
 * is read over the year to its clause's start when what stands there is the student's school (it ends in
 * one of `SCHOOL_ENDS`), as the gold prints it whole; otherwise the year stays on it (`2031级博士研究生`).
 * A 与 or 和 after a university's name joins two subjects in its school's name (`…大学某某与某某学院`) and
 * is read over (the fresh sample's one cut there). Session 38 (rmrb49): dev7's doctoral student.
 */
export const COHORT_MARK = "级";
/** Digits of the year: four (2018级), or two (18级). */
export const MIN_YEAR_DIGITS = 2;
export const MAX_YEAR_DIGITS = 4;
/** Longest school read before the year (a university and its school, as `某某大学某某主义学院`: 11). */
export const MAX_SCHOOL_LENGTH = 16;
/** Words a school's name ends with. */
export const SCHOOL_ENDS: readonly string[] = [
  "大学",
  "学院",
  "学校",
  "中学",
  "小学",
  "书院",
  "系",
  "专业",
  "研究院",
  "研究所",
];

/** Characters joining two subjects in a school's name (`…大学某某与某某学院`). */
export const SUBJECT_JOINERS = "与和";
/** Words of the institution that must stand before such a joiner, in its clause (the school's university). */
export const INSTITUTION_WORDS: readonly string[] = ["大学", "学院"];

/** Whether the function character at `at` joins two subjects: a joiner after a university's name in its clause. */
function joinsSchoolSubjects(chars: readonly string[], at: number): boolean {
  if (!SUBJECT_JOINERS.includes(chars[at]!)) return false;
  let open = at;
  while (open > 0 && isHan(chars[open - 1]!) && !isBoundaryChar(chars[open - 1]) && at - open <= MAX_SCHOOL_LENGTH)
    open--;
  const before = chars.slice(open, at).join("");
  return INSTITUTION_WORDS.some((w) => before.includes(w));
}

/** Where the description starting at `start` (on a cohort's 级) starts with its year and school, or null. */
export function cohortDescriptionStart(chars: readonly string[], start: number): number | null {
  if (chars[start] !== COHORT_MARK) return null;
  let year = start;
  while (year > 0 && /\p{Nd}/u.test(chars[year - 1]!)) year--;
  const digits = start - year;
  if (digits < MIN_YEAR_DIGITS || digits > MAX_YEAR_DIGITS) return null;
  let school = year;
  while (school > 0 && isHan(chars[school - 1]!) && year - school <= MAX_SCHOOL_LENGTH) {
    if (isBoundaryChar(chars[school - 1]) && !joinsSchoolSubjects(chars, school - 1)) break;
    school--;
  }
  const name = chars.slice(school, year).join("");
  const opensClause = school === 0 || !isHan(chars[school - 1]!) || isBoundaryChar(chars[school - 1]);
  return opensClause && year - school <= MAX_SCHOOL_LENGTH && SCHOOL_ENDS.some((e) => name.endsWith(e)) ? school : year;
}
