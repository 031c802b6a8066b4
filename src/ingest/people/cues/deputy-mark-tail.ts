import { titleAfter } from "./title-phrase";

/**
 * A "name" that ends in 副 where a title follows it (`政治处张副|主任`, `高苕华任副|主席`, `周副|主席`)
 * is a surname or a verb read together with the deputy mark of the title after it: 副 ends no name of
 * the month of 1998 the tagger learns from (days 1–31, no given name ends in it), while it opens a
 * deputy's title everywhere. `DEPUTY_MARK` must be the name's last character and a title must start
 * right after it (title-phrase.ts's titles after a name: 主任, 主席, 部长 …).
 */
export const DEPUTY_MARK = "副";

export function endsInDeputyMark(chars: readonly string[], start: number, end: number): boolean {
  return end - start >= 2 && chars[end - 1] === DEPUTY_MARK && titleAfter(chars, end) !== null;
}
