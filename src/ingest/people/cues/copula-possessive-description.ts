import { isHan } from "@/text/char-class";
import { afterCopula } from "./copula-description";
import { ONE_COUNTS, withoutOneCount } from "./copula-measure";

/**
 * A description after a name, 是 and a 的 phrase (`吴志坚是河口县青石镇上林村卫生室的村医`,
 * `郑晓东是北港五金的一个小代理商`) is read whole, as printed: the guideline's role is the whole phrase,
 * and the three annotators of dev5–7 wrote every such description whole (a country or city and what
 * the person is there: `…市的声乐教师`, `…家喻户晓的诗人`, `…市一名普通的…职工`). The copula reader of
 * `description.ts` keeps only the part after the last 的 and gives up on a clause longer than a placed
 * description (18 characters). Here the clause up to its end may be longer; only a count of one right
 * after the copula comes off (`是一名…`), one inside the clause stays. First found in dev4 and audit 7
 * (session 37, rmrb43, which kept the part after the 的); read whole since session 38 (rmrb52).
 */
/** Longest clause after the copula read so, in characters (a province, a county, a township, a village and its clinic). */
export const MAX_COPULA_CLAUSE_LENGTH = 36;
/** Shortest stretch before the 的: a body or a place of two characters (`村里的`). */
export const MIN_OWNER_LENGTH = 2;
/** Characters that end the clause after the copula. */
const CLAUSE_END = "，。；！？";
const POSSESSIVE = "的";

/**
 * The description after `<name>是…的` for a name ending at `nameEnd`, or null. `descriptionEndingAt(end)`
 * reads a description ending at a position (it stops at the 的); it must fill everything after the 的,
 * a count of one aside.
 */
export function copulaPossessiveDescription(
  chars: readonly string[],
  nameEnd: number,
  descriptionEndingAt: (end: number) => string | null,
): string | null {
  const start = afterCopula(chars, nameEnd);
  if (start === null) return null;
  let end = start;
  let joiner = -1;
  while (end < chars.length && !CLAUSE_END.includes(chars[end]!)) {
    // only Han text: a quote, a bracket or a number makes it something other than one noun phrase
    if (!isHan(chars[end]!) || end - start >= MAX_COPULA_CLAUSE_LENGTH) return null;
    if (chars[end] === POSSESSIVE) joiner = end;
    end++;
  }
  if (end === chars.length || joiner - start < MIN_OWNER_LENGTH) return null;
  const found = descriptionEndingAt(end);
  if (found === null) return null;
  // the description must fill the rest after the 的, a count of one in front of it aside (`的一名|厨师`);
  // the reader may have read it over the 的 already (`…市的|游客`)
  const rest = chars.slice(joiner + 1, end).join("");
  const count = ONE_COUNTS.find((c) => rest.startsWith(c) && rest.length > c.length);
  const tail = count === undefined ? rest : rest.slice(count.length);
  if (!found.endsWith(tail)) return null;
  const role = withoutOneCount(chars.slice(start, end).join(""));
  return ONE_COUNT_FRONT.test(role) ? null : role;
}

/**
 * The description after a name: the whole 的 phrase `copulaPossessiveDescription` reads, or else what
 * the plain reader found (`read`, null when none).
 */
export function copulaDescriptionAfter(
  chars: readonly string[],
  nameEnd: number,
  read: string | null,
  descriptionEndingAt: (end: number) => string | null,
): string | null {
  return copulaPossessiveDescription(chars, nameEnd, descriptionEndingAt) ?? read;
}

/** A description still led by a count the count reader left (`一个人`: too short without it). */
const ONE_COUNT_FRONT = /^(一个|一名|一位)/u;
