import { isHan } from "@/text/char-class";

/**
 * A paragraph closed by a bracket holding names joined by 、 and a credit mark (`（甲某、乙某某、丙某整理）`
 * under a set of written-up talks, `（甲某、乙某摄）`): the bracket reader (`credit-cue.ts`) takes a
 * bracket of Han characters only, so with a 、 the names were no credit. Each name between the 、 is a
 * run of its own, read as the bracket's one name is. Session 38 (rmrb49): dev6's three notes-takers.
 */
/** Marks that close such a bracket, the longest first (the text, the photos; no one-character 文/图/画). */
export const LISTED_CREDIT_MARKS: readonly string[] = ["采访整理", "摄影报道", "整理", "摄影", "摄"];
/** A name's length between the 、 (a Chinese name: 2–4 characters). */
export const MIN_LISTED_NAME = 2;
export const MAX_LISTED_NAME = 4;
/** Most names read in one bracket (a credit names a few people, not a list of participants). */
export const MAX_LISTED_NAMES = 6;

/** The runs of the names in the paragraph's closing bracket of names, 、 and a credit mark; none when it is not one. */
export function listedBracketRuns(chars: readonly string[]): { start: number; end: number }[] {
  if (chars.at(-1) !== "）" || !chars.includes("、")) return [];
  const open = chars.lastIndexOf("（");
  if (open < 0) return [];
  const inside = chars.slice(open + 1, -1).join("");
  const mark = LISTED_CREDIT_MARKS.find((m) => inside.endsWith(m));
  if (mark === undefined) return [];
  const names = inside.slice(0, inside.length - mark.length).split("、");
  if (names.length < 2 || names.length > MAX_LISTED_NAMES) return [];
  const runs: { start: number; end: number }[] = [];
  let at = open + 1;
  for (const name of names) {
    const length = Array.from(name).length;
    if (length < MIN_LISTED_NAME || length > MAX_LISTED_NAME || !Array.from(name).every(isHan)) return [];
    runs.push({ start: at, end: at + length });
    at += length + 1;
  }
  return runs;
}
