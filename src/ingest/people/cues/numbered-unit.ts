import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";

/**
 * A number inside a title (`…医院18楼护士长`, `英国48家集团俱乐部主席`, `第72集团军某合成旅旅长`)
 * is part of it: a ward's floor, a body's name, an army's number. Without this the reading to the
 * clause's start (`title-clause.ts`) stopped at the digits, as at a date's, and kept `楼护士长`,
 * `家集团俱乐部主席` (and lost the 、 chain before `集团军…旅长`). Read over only when the digits stand
 * between Han text and either follow 第 or are counted by `NUMBER_MEASURES`, so a date (`1月9日电`,
 * `2019年`) still starts the clause. Found in the rmrb16 roles audit (session 32).
 */
/** Measure characters after a number that keep it inside a title: a floor (楼), a count of firms (家). */
export const NUMBER_MEASURES = "楼家";
/** The ordinal prefix before a number inside a body's name (第72集团军). */
export const ORDINAL = "第";
/** Longest number read over, in digits. */
export const MAX_NUMBER_DIGITS = 4;

const isDigit = (ch: string | undefined) => ch !== undefined && /^\p{Nd}$/u.test(ch);

/**
 * When the character before `at` ends a number that belongs to the title read back from `at`,
 * where the number starts (the reading goes on from there); otherwise null.
 */
export function numberInTitleStart(chars: readonly string[], at: number): number | null {
  let k = at;
  while (k > 0 && isDigit(chars[k - 1])) k--;
  if (k === at || at - k > MAX_NUMBER_DIGITS || k === 0) return null;
  const before = chars[k - 1]!;
  if (!isHan(before) || isBoundaryChar(before)) return null;
  return before === ORDINAL || NUMBER_MEASURES.includes(chars[at] ?? "") ? k : null;
}
