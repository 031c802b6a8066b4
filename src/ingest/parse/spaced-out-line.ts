import { isSpace, isWide } from "@/text/char-class";

/**
 * A justified line that the export spaced out character by character (`座 谈 上 举 行 了 合 作 签 约`):
 * it fills its column however few characters it has, so it is never a short line.
 */
/** Share of gaps between two wide characters that must hold a space. */
export const SPACED_OUT_MIN_SHARE = 0.6;
/** Fewer wide-character gaps than this and the line is too short to judge. */
export const SPACED_OUT_MIN_GAPS = 4;

export function isSpacedOut(text: string): boolean {
  const chars = Array.from(text.trim());
  let gaps = 0;
  let spaced = 0;
  let lastWide = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isSpace(ch) || !isWide(ch)) continue;
    if (lastWide >= 0) {
      gaps++;
      if (i - lastWide > 1 && chars.slice(lastWide + 1, i).every(isSpace)) spaced++;
    }
    lastWide = i;
  }
  return gaps >= SPACED_OUT_MIN_GAPS && spaced / gaps >= SPACED_OUT_MIN_SHARE;
}
