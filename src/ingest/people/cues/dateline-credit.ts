import { datelineEnd } from "@/ingest/parse/dateline";
import { isHan } from "@/text/char-class";
import { nameRunSplits, type CreditRun } from "./credit-cue";
import { isDatelineCreditNameShaped } from "./dateline-credit-surname";

/**
 * Reporters named in brackets right after a dateline without a role (`本报南京5月4日电  （林小禾、
 * 宋远）`): the paper's short reports credit their writers so. The bracket must follow the
 * dateline (spaces between), hold only names separated by 、, each a surname-led name, and close
 * before the report's text; a bracket elsewhere in a paragraph is an aside, not a credit.
 */
/** Most names such a bracket holds. */
export const MAX_DATELINE_NAMES = 8;
/**
 * A word before a dateline that cites it (`据新华社悉尼2月24日电  （A、B）`, a report taken from the
 * agency): read past, the bracket after it is the same credit (session 33, rmrb20 roles audit).
 */
export const DATELINE_CITE = "据";

export function datelineCreditRuns(chars: readonly string[]): CreditRun[] {
  const lead = chars[0] === DATELINE_CITE ? 1 : 0;
  const end = datelineEnd(chars.slice(lead, lead + 40).join(""));
  if (end === null) return [];
  let at = lead + Array.from(chars.slice(lead).join("").slice(0, end)).length;
  while (chars[at] === " " || chars[at] === "\u3000") at++;
  if (chars[at] !== "（") return [];
  const runs: CreditRun[] = [];
  for (at++; ;) {
    let stop = at;
    while (stop < chars.length && isHan(chars[stop]!)) stop++;
    const splits = nameRunSplits(chars, at, stop, isDatelineCreditNameShaped).filter((s) => s.length === 1);
    if (splits.length === 0 || runs.length === MAX_DATELINE_NAMES) return [];
    runs.push({ start: at, end: stop, splits, afterRole: true });
    if (chars[stop] === "）") return runs;
    if (chars[stop] !== "、") return [];
    at = stop + 1;
  }
}
