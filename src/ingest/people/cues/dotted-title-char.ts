import { NAME_DOTS } from "./name-dots";
import { isHan } from "@/text/char-class";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * A title's last character glued to the front of a dotted name (`首席调查官|萨利娜·维克多` read as
 * 官萨利娜·维克多): dotted-name-start.ts moves a start past a title it knows, but a title the lists do not
 * hold whole (调查官, 观察员 after a long modifier) leaves its last character on the name. That character
 * gives itself away: it is a suffix that makes a post or a trade of a word (`AGENT_SUFFIXES`: 官 of
 * 调查官, 员 of 观察员), it is no transliteration character (a foreign name's syllables are), it is glued
 * to the Han text before it, and the rest of the first part is transliteration characters only. It is
 * cut off when the rest keeps `MIN_REST_FIRST_PART` characters before the dot. The last characters of
 * all title heads were tried first: 理 (of 总理, 经理) took 理 off PFR's `名叫理查德·锡德` (fold 3).
 */
/** The first part left after the cut must still be a name's part of two syllables or more (萨利娜). */
export const MIN_REST_FIRST_PART = 2;
/** Suffixes that make a post or a trade of the word before them (调查官, 观察员, 检验师, 护理长, 药剂士). */
export const AGENT_SUFFIXES = "官员师长士";

function isTransliteration(ch: string): boolean {
  return TRANSLITERATION_CPS.has(ch.codePointAt(0)!);
}

/** 1 when the dotted name [start, end) starts with a glued title's last character, else 0. */
export function gluedTitleChar(chars: readonly string[], start: number, end: number): number {
  // the cheap condition first: the first character must be an agent suffix
  if (!AGENT_SUFFIXES.includes(chars[start]!)) return 0;
  let dot = -1;
  for (let at = start; at < end; at++) {
    if (NAME_DOTS.includes(chars[at]!)) {
      dot = at;
      break;
    }
  }
  if (dot - (start + 1) < MIN_REST_FIRST_PART) return 0;
  const before = chars[start - 1];
  if (before === undefined || !isHan(before)) return 0;
  if (!AGENT_SUFFIXES.includes(chars[start]!) || isTransliteration(chars[start]!)) return 0;
  for (let at = start + 1; at < dot; at++) if (!isTransliteration(chars[at]!)) return 0;
  return 1;
}
