import { collapseSpaces, firstChar, keepsSpaceBetween, lastChar } from "@/text/collapse-spaces";
import { isWide } from "@/text/char-class";

/**
 * The spaces of a headline line. Set letter-spaced (`茂 南 区 侨 联`), the text layer spaces every
 * character: none of them is meant. A space between two phrases (`南北联动 合力打造…`) is printed
 * and kept, as the text pages keep it: it stands between a few of the characters only, and between
 * two Chinese characters. A space next to a dash or a digit (`—— 2017 年…`: the digits set in
 * another font, the dash's own spacing) is no phrase break and goes as in body text.
 */
/** Above this share of the gaps between characters spaced, the line is letter-spaced. */
export const LETTER_SPACED_SHARE = 0.5;
/** Dashes that lead a subtitle or join two phrases: a space beside one is never a phrase break. */
const DASH = /^[\u2014\u2015\u2500\uff0d-]$/u;

export function headlineSpaces(text: string): string {
  const trimmed = text.trim().replace(/[\s\u3000]+/gu, " ");
  const chars = Array.from(trimmed.replace(/ /gu, ""));
  const spaces = (trimmed.match(/ /gu) ?? []).length;
  if (chars.length < 2 || spaces > LETTER_SPACED_SHARE * (chars.length - 1)) return collapseSpaces(trimmed);
  // Keep each phrase break as one space; within a phrase, and beside a dash or a digit, the usual collapsing.
  return trimmed
    .split(" ")
    .map((phrase) => collapseSpaces(phrase))
    .reduce((acc, phrase) => {
      if (acc === "") return phrase;
      const before = lastChar(acc);
      const after = firstChar(phrase);
      if (before === undefined || after === undefined) return acc + phrase;
      return isPhraseBreak(before, after) || keepsSpaceBetween(before, after) ? `${acc} ${phrase}` : acc + phrase;
    }, "");
}

/** A printed phrase break stands between two wide characters, neither of them a dash. */
export function isPhraseBreak(before: string, after: string): boolean {
  return isWide(before) && isWide(after) && !DASH.test(before) && !DASH.test(after);
}
