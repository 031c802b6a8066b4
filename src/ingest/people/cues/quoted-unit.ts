/**
 * A unit named after a hero and quoted as its honour title (`“柯杰班”全体战士`, `“柯光连”`): the
 * tagger reads the hero's name with the unit's word as one name. A quoted run that ends in a unit
 * word (班, 排, 连) with at least a two-character name before it is the unit's name, not a person;
 * the "name" is dropped wherever the article prints it. Names end in these characters (柯立连), but
 * not quoted alone with nothing else between the marks more than the article's units are: the PFR
 * month has no name so printed. Found on the dev set dev6 (issue 14).
 */
/** Words for a military or school unit that close a unit's honour title. */
export const UNIT_WORDS = "班排连";
/** A name before the unit word: two characters at least (`“三连”` is a number). */
export const MIN_NAME_BEFORE_UNIT = 2;
const OPEN_QUOTES = "“「";
const CLOSE_QUOTES = "”」";

/** Whether `start`…`end` is the whole of a quoted unit's name (`“柯杰班”`). */
export function isQuotedUnit(chars: readonly string[], start: number, end: number): boolean {
  if (end - start < MIN_NAME_BEFORE_UNIT + 1 || !UNIT_WORDS.includes(chars[end - 1]!)) return false;
  return OPEN_QUOTES.includes(chars[start - 1] ?? "") && CLOSE_QUOTES.includes(chars[end] ?? "");
}
