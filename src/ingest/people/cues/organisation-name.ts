import { isHan } from "@/text/char-class";
import { FUNCTION_CHARS } from "./boundaries";

/**
 * The own name of an organisation in a title, read leftwards from its unit: `平安县|卫生健康|局局长`,
 * `县|人民|医院院长`, `平安县|实验|小学校长`. Such a name is any run of Han characters, so it is taken
 * only when an owner closes it on the left (a place with its admin level, `平安县`, or a known
 * place, `北京|协和医院`), or, for a short name, where a sentence starts or after a copula or a
 * 的 (`。卫生局局长`, `他是卫生局局长`). Otherwise the run could as well be the verb before the title
 * (`，看望|医院院长`), and the title keeps just its unit.
 */
/** Longest own name taken (文化广电体育和旅游 is 9 characters). */
export const MAX_ORGANISATION_NAME_LENGTH = 10;
/** Longest own name taken with no owner: 4 characters (卫生健康) leave no room for a verb before them. */
export const MAX_UNOWNED_NAME_LENGTH = 4;
/** What may stand right before an organisation's name with no owner: a sentence start, 的, a copula. */
const UNOWNED_NAME_AFTER = "。！？；：“\n的是任为";
/** 和 joins the parts of a body's name (文化和旅游局); the other function characters end it. */
const INSIDE_NAME_FUNCTION_CHARS = "和";

/** Can `ch` be part of an organisation's own name? */
function inOrganisationName(ch: string | undefined): boolean {
  if (ch === undefined || !isHan(ch)) return false;
  return INSIDE_NAME_FUNCTION_CHARS.includes(ch) || !FUNCTION_CHARS.includes(ch);
}

/**
 * Where the title starts when the organisation's name before `at` (the start of its unit) is
 * read, or null when no owner closes a name there. `ownerStart(end)` is the start of an owner
 * (place + admin level, or known place) ending at `end`, or null.
 */
export function organisationNameStart(
  chars: readonly string[],
  at: number,
  ownerStart: (end: number) => number | null,
): number | null {
  for (let length = 1; length <= MAX_ORGANISATION_NAME_LENGTH && at - length >= 0; length++) {
    const start = at - length;
    if (!inOrganisationName(chars[start])) return null;
    const owner = ownerStart(start);
    if (owner !== null) return owner;
    const before = chars[start - 1];
    if (length <= MAX_UNOWNED_NAME_LENGTH && (before === undefined || UNOWNED_NAME_AFTER.includes(before)))
      return start;
  }
  return null;
}
