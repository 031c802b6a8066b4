import { isSpaceCode, isWideCode } from "@/text/char-class";

/**
 * A justified line that the export spaced out character by character (`座 谈 上 举 行 了 合 作 签 约`):
 * it fills its column however few characters it has, so it is never a short line.
 */
/** Share of gaps between two wide characters that must hold a space. */
export const SPACED_OUT_MIN_SHARE = 0.6;
/** Fewer wide-character gaps than this and the line is too short to judge. */
export const SPACED_OUT_MIN_GAPS = 4;

export function isSpacedOut(text: string): boolean {
  let gaps = 0;
  let spaced = 0;
  let lastWide = -1;
  let onlySpacesSince = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    const at = i;
    if (c > 0xffff) i++;
    if (isSpaceCode(c)) continue;
    if (!isWideCode(c)) {
      onlySpacesSince = false;
      continue;
    }
    if (lastWide >= 0) {
      gaps++;
      if (at - lastWide > 1 && onlySpacesSince) spaced++;
    }
    lastWide = i;
    onlySpacesSince = true;
  }
  return gaps >= SPACED_OUT_MIN_GAPS && spaced / gaps >= SPACED_OUT_MIN_SHARE;
}
