import type { Furniture } from "@/bundle/schema";
import { bottom } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * Page furniture is no article: the page header (`7 理论`, the date, the paper's name) in the band
 * at the top of the page, and the 责任编辑 line wherever it stands. (Mastheads and section banners
 * are drawn as images on the pages we know; body text runs to the page's foot, so no foot band.)
 */
/** The header band: the top this share of the page. */
export const HEADER_BAND = 0.06;
const EDITOR_LINE = /^(?:本版)?责任?编(?:辑)?[:：\s]|^本版编辑|^责编[:：\s]/u;

export function furnitureKind(line: PageLine, pageHeight: number): Furniture["kind"] | null {
  const text = line.text.replace(/\s+/gu, "");
  if (EDITOR_LINE.test(text)) return "editor";
  if (bottom(line.box) <= HEADER_BAND * pageHeight) return "header";
  return null;
}
