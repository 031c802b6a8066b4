import { isHan } from "@/text/char-class";
import { isBoundaryChar, startsClause } from "./boundaries";

/**
 * A title whose organisation lies in a street office or a township written before it (`银杏街道|朝阳社区
 * 党委书记`, `城关镇|南岭村党支部书记`): the reader starts the title at the first known place (朝阳), so the
 * street office before it was cut off. The gold writes the whole title as printed. The township is taken
 * when it is a name of `MIN_TOWNSHIP_NAME` to `MAX_TOWNSHIP_NAME` Han characters and its level word
 * (`TOWNSHIP_WORDS`), opening its clause (punctuation, a space or the text's start before it). Session 36
 * second round (rmrb41): the eighth audit's community party secretary.
 */
export const TOWNSHIP_WORDS: readonly string[] = ["街道", "镇", "乡"];
/** A street office's or township's name: two characters (银杏) or three. */
export const MIN_TOWNSHIP_NAME = 2;
export const MAX_TOWNSHIP_NAME = 3;

/** Where a title starting at `start` starts with the township right before it; null when none. */
export function townshipOwnerStart(chars: readonly string[], start: number): number | null {
  if (!isHan(chars[start] ?? "")) return null;
  for (const word of TOWNSHIP_WORDS) {
    const w = Array.from(word);
    const nameEnd = start - w.length;
    if (nameEnd < MIN_TOWNSHIP_NAME || chars.slice(nameEnd, start).join("") !== word) continue;
    for (let len = MIN_TOWNSHIP_NAME; len <= MAX_TOWNSHIP_NAME && nameEnd - len >= 0; len++) {
      const name = chars.slice(nameEnd - len, nameEnd);
      if (!name.every((ch) => isHan(ch) && !isBoundaryChar(ch))) break;
      const before = chars[nameEnd - len - 1];
      if (before === undefined || startsClause(before) || /\s/.test(before)) return nameEnd - len;
    }
  }
  return null;
}
