/**
 * A credit's mark right after a name, closing it: a photo's 摄 before the bracket's close or the
 * line's end (`（某某时摄）`), or a report's 报道 before a colon (`本报记者某某都报道：`). There the
 * name ends before the mark, so a last character that mostly ends a clause's subject (时, 都, 则:
 * name-edges.ts trims them) is the name's own: 时摄 and 都报道： are no phrase a clause ends with.
 * On days 1–20 of PFR: of the 9 places a three-character gold name ending in such a character is
 * written, 2 stand before a mark so (both lost, cut and then dropped); no tagger name the trim
 * rightly cut stands so.
 */
/** The photo's mark, and what may close it. */
export const PHOTO_MARK = "摄";
const PHOTO_CLOSERS = "）)";
/** The report's mark, and what must follow it. */
export const REPORT_MARK = "报道";
const REPORT_CLOSERS = "：:";

/** Whether a credit's mark starts at `end`, right after a name, and closes the credit there. */
export function creditMarkAfterName(chars: readonly string[], end: number): boolean {
  if (chars[end] === PHOTO_MARK) return end + 1 === chars.length || PHOTO_CLOSERS.includes(chars[end + 1]!);
  if (chars.slice(end, end + REPORT_MARK.length).join("") !== REPORT_MARK) return false;
  const after = chars[end + REPORT_MARK.length];
  return after !== undefined && REPORT_CLOSERS.includes(after);
}

/**
 * A bracket that is one name and a photo's mark (`（某某摄）`): the name is the photographer's, even
 * where it is a common word too (高远, 胡桃), which otherwise needs a cue beside it (support.ts). On
 * the four folds of dev: 2 such names the support check dropped, no false name stands so.
 */
export function isBracketedPhotoCredit(chars: readonly string[], start: number, end: number): boolean {
  return chars[start - 1] === "（" && chars[end] === PHOTO_MARK && PHOTO_CLOSERS.includes(chars[end + 1] ?? "-");
}
