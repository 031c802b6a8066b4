import type { Furniture } from "@/bundle/schema";
import { bottom } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * Page furniture is no article: the page header (`7 理论`, the date, the paper's name) in the band
 * at the top of the page, and the page's credit lines wherever they stand: 责任编辑, and 本版制图 /
 * 制图 (who drew the page's graphics) set on a line of its own. (Mastheads and section banners are
 * drawn as images on the pages we know; body text runs to the page's foot, so no foot band.)
 */
/** The header band: the top this share of the page. */
export const HEADER_BAND = 0.06;
const EDITOR_LINE = /^(?:本版)?责任?编(?:辑)?[:：\s]|^本版编辑|^责编[:：\s]/u;
/** A graphics credit alone on its line: `本版制图：李姿阅`, `制图：李姿阅` (a name, nothing after it). */
const GRAPHICS_CREDIT = /^(?:本版)?制图[:：][\p{Script=Han}·、]{2,12}$/u;

export function furnitureKind(line: PageLine, pageHeight: number): Furniture["kind"] | null {
  const text = line.text.replace(/\s+/gu, "");
  if (EDITOR_LINE.test(text) || GRAPHICS_CREDIT.test(text)) return "editor";
  if (bottom(line.box) <= HEADER_BAND * pageHeight) return "header";
  return null;
}
