import { NAME_DOTS } from "./name-dots";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * A dotted name spelt wholly in transliteration characters (哈桑纳尔·博尔基亚, 萨米·托马斯) vouches for
 * itself: Chinese words are not written with a name dot between syllables of the transliteration
 * table, while a dotted place list or a prize (茂南·金秀, 马可·波罗奖) holds characters outside it.
 * The tagger finds such names but often unsure of them (0.1–0.3) when no title stands before them
 * (苏丹, 百万富翁), and the support check (support.ts) dropped them. The name must also stand
 * whole: a transliteration character right after it says it was cut out of a longer run
 * (贝恩德·施米德|鲍尔). (Its start is set by dotted-name-start.ts; the character before it may well end
 * a title in the same characters: 苏丹|哈桑纳尔.)
 */
/** Parts a dotted name must have at least: given name and family name. */
export const MIN_DOTTED_PARTS = 2;
/** Characters each part must have at least: a one-character part is as often a cut word (南·金秀). */
export const MIN_PART_CHARS = 2;
/** The name dots (middle dot, bullet, katakana middle dot) that part a foreign or minority name. */
export const DOTS = new RegExp(`[${NAME_DOTS}]`, "u");

export function isTransliteratedDottedName(name: string): boolean {
  const parts = name.split(DOTS);
  if (parts.length < MIN_DOTTED_PARTS) return false;
  return parts.every((part) => {
    const chars = Array.from(part);
    return chars.length >= MIN_PART_CHARS && chars.every((c) => TRANSLITERATION_CPS.has(c.codePointAt(0)!));
  });
}

/** Whether the mention [start, end) of `chars` is a whole dotted name spelt in transliteration characters. */
export function isWholeTransliteratedDottedName(chars: readonly string[], start: number, end: number): boolean {
  const runsOn = (ch: string | undefined) => ch !== undefined && TRANSLITERATION_CPS.has(ch.codePointAt(0)!);
  if (runsOn(chars[end])) return false;
  return isTransliteratedDottedName(chars.slice(start, end).join(""));
}
