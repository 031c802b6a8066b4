import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * A transliterated name whose first part is itself two names joined by a dash (Abdelmadjid Tebboune
 * as `阿卜杜勒—马吉德·特本`, Jean-Marie as `让—玛丽·…`): the tagger takes the two sides of the dash for
 * two names (阿卜杜勒 | 马吉德·特本). They are one when the dash is a single one (a doubled dash `——`
 * opens a clause), both characters beside it are transliteration characters, and the right side is a
 * dotted name: a dash between two people (`叶利钦—桥本会晤`, PFR) has no dot after it. audit4:
 * 阿卜杜勒 (with the president's title) becomes the whole name.
 */
/** The dashes printed inside such names: em dash, en dash, full-width hyphen-minus, hyphen. */
export const NAME_DASHES = "—–－‐-";
const DOTS = "·•・";

const translit = (ch: string | undefined) => ch !== undefined && TRANSLITERATION_CPS.has(ch.codePointAt(0)!);

/**
 * Whether the name [leftStart, leftEnd) and the dotted name [rightStart, rightEnd) are one name
 * across a single dash between them.
 */
export function joinsAcrossDash(
  chars: readonly string[],
  leftEnd: number,
  rightStart: number,
  rightEnd: number,
): boolean {
  if (rightStart !== leftEnd + 1 || !NAME_DASHES.includes(chars[leftEnd] ?? "x")) return false;
  if (NAME_DASHES.includes(chars[leftEnd - 1] ?? "x") || NAME_DASHES.includes(chars[rightStart] ?? "x")) return false;
  if (!translit(chars[leftEnd - 1]) || !translit(chars[rightStart])) return false;
  return chars.slice(rightStart, rightEnd).some((c) => DOTS.includes(c));
}
