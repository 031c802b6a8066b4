import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { clauseTitleStart } from "./title-clause";

/**
 * A body whose own name is printed in quotes, with what kind of body it is before them
 * (`国际环境组织“地球日网络”副总裁`, `智库“知华讲堂”专家`): the title read back from its head stops at
 * the closing quote, leaving the post alone (`副总裁`). Where the quotes stand right before the
 * title, hold a short name of letters and digits only, and follow a noun (a Han character that is
 * no function character), the title reads over them and on to its clause's start as any title cut
 * inside a body's name does (`clauseTitleStart`: openers such as 会见 are left out). A quote that
 * follows punctuation (`：“……”`) is speech, not a name, and is not read.
 */
/** Longest quoted name read, in characters (地球日网络 is 5, 知华讲堂 4; a slogan or a sentence is longer). */
export const MAX_QUOTED_BODY_NAME = 10;

/** Where the title starts when its reading stopped at `start`, right after a quoted body name; null otherwise. */
export function quotedBodyStart(chars: readonly string[], start: number, end: number): number | null {
  if (chars[start - 1] !== "”") return null;
  let open = start - 2;
  for (; open >= 0 && chars[open] !== "“"; open--) {
    if (start - 2 - open >= MAX_QUOTED_BODY_NAME || !/^[\p{L}\p{Nd}]$/u.test(chars[open]!)) return null;
  }
  if (open < 1 || open === start - 2) return null;
  const noun = chars[open - 1]!;
  if (!isHan(noun) || isBoundaryChar(noun)) return null;
  const whole = clauseTitleStart(chars, open, end);
  return whole < open ? whole : null;
}
