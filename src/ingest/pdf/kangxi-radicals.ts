/**
 * Some fonts map ideographs to the look-alike Kangxi radicals (⽂ U+2F42 for 文, ⽇ for 日): CJK fonts
 * share one glyph between both, and the PDF's Unicode map names the radical. NFKC maps each radical
 * to its ideograph; only those two blocks are normalized, the rest of the text stays as printed.
 */
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;

export function normalizeRadicals(text: string): string {
  return text.replace(RADICALS, (ch) => ch.normalize("NFKC"));
}
