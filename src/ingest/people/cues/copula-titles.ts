/**
 * The posts after a name and 是 (`李明是南岭市第一人民医院党委书记、急诊学专家，`) are what the
 * sentence says the person is, as a title before the name would: every post of the clause is a
 * role, with its organisation as printed. `copula-description.ts` reads one description there (a
 * person noun with its place, at most 18 characters); a title (副主任, 党委书记) or a 、 chain of posts
 * gave nothing. The clause after the copula, up to its end, must be filled by the posts
 * (`rolesSpanning`), so a clause that says anything else (`是他最难忘的一年`) gives nothing.
 * Found in the rmrb20 roles audit (session 33): a 居委会副主任 and a hospital's 党委书记、… so.
 */
import { afterCopula } from "./copula-description";
import { rolesSpanning } from "./spanned-roles";
import { withoutOneCount } from "./copula-measure";

/** Longest clause read after the copula, in characters (two posts with their organisations). */
export const MAX_COPULA_TITLES_LENGTH = 40;
/** Characters that end the clause after the copula. */
const CLAUSE_END = "，。；！？";

/**
 * The posts filling the clause after a name ending at `nameEnd` and a copula, in text order, or an
 * empty list. `titlesEndingAt(end)` reads the titles (a 、 chain) ending at a position,
 * `descriptionEndingAt(end)` a description ending there.
 */
export function copulaTitlesAfter(
  chars: readonly string[],
  nameEnd: number,
  titlesEndingAt: (end: number) => string[],
  descriptionEndingAt: (end: number) => string | null,
): string[] {
  const start = afterCopula(chars, nameEnd);
  if (start === null) return [];
  let end = start;
  while (end < chars.length && !CLAUSE_END.includes(chars[end]!)) {
    if (end - start >= MAX_COPULA_TITLES_LENGTH) return [];
    end++;
  }
  if (end === chars.length) return [];
  const roles = rolesSpanning(chars, start, end, titlesEndingAt, descriptionEndingAt);
  // a count of one after the copula is no part of the first role (`是个好人` → 好人)
  return roles.map((role, i) => (i === 0 ? withoutOneCount(role) : role));
}
