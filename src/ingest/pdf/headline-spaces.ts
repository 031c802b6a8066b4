import { collapseSpaces } from "@/text/collapse-spaces";

/**
 * The spaces of a headline line. Set letter-spaced (`茂 南 区 侨 联`), the text layer spaces every
 * character: none of them is meant. A space between two phrases (`南北联动 合力打造…`) is printed
 * and kept, as the text pages keep it: it stands between a few of the characters only.
 */
/** Above this share of the gaps between characters spaced, the line is letter-spaced. */
export const LETTER_SPACED_SHARE = 0.5;

export function headlineSpaces(text: string): string {
  const trimmed = text.trim().replace(/[\s\u3000]+/gu, " ");
  const chars = Array.from(trimmed.replace(/ /gu, ""));
  const spaces = (trimmed.match(/ /gu) ?? []).length;
  if (chars.length < 2 || spaces > LETTER_SPACED_SHARE * (chars.length - 1)) return collapseSpaces(trimmed);
  // Keep each phrase break as one space; within a phrase, the usual collapsing.
  return trimmed
    .split(" ")
    .map((phrase) => collapseSpaces(phrase))
    .join(" ");
}
