import { collapseSpaces } from "@/text/collapse-spaces";
import { BYLINE_MARKERS } from "@/text/byline-marker";

/**
 * A photo caption ends with its credit: `…察看了解相关情况。 通讯员 梁宇 摄`, `（新华社记者 张三摄）`,
 * `李四 摄影`. Body text can end a column line with 摄 too (`用手机拍摄`), so the credit must be set
 * off: by a reporter role, by a space before the name, or by brackets.
 */
const NAME = "[\\p{Script=Han}·]{2,4}";
const ROLE = "(?:新华社|中新社|本报|特约)?(?:摄影记者|记者|通讯员|实习生|摄影)";
const CREDIT_ENDINGS = [
  new RegExp(`${ROLE}\\s*${NAME}(?:\\s*[、\\s]\\s*${NAME})*\\s*摄影?$`, "u"),
  new RegExp(`\\s${NAME}(?:\\s+${NAME})*\\s*摄影?$`, "u"),
  new RegExp(`[（(][^（()）]{0,20}${NAME}\\s*摄影?[）)]$`, "u"),
];
/** Captions are short: more lines than this and the block is body text that happens to end in 摄. */
export const MAX_CAPTION_LINES = 6;

export function isCaption(lines: readonly string[]): boolean {
  if (lines.length === 0 || lines.length > MAX_CAPTION_LINES) return false;
  const text = lines.join(" ").trim();
  if (BYLINE_MARKERS.includes(text[0] ?? "")) return false;
  return CREDIT_ENDINGS.some((pattern) => pattern.test(text));
}

/** The credited names of a caption (`通讯员 梁宇 摄` → 梁宇), for the people of the article. */
export function captionCredits(caption: string): string[] {
  const credit = new RegExp(`(${NAME}(?:\\s*[、\\s]\\s*${NAME})*)\\s*摄影?[）)]?$`, "u").exec(caption.trim());
  if (credit === null) return [];
  const role = new RegExp(`^${ROLE}`, "u");
  return credit[1]!
    .split(/[\s、]+/u)
    .map((token) => token.replace(role, ""))
    .filter((name) => Array.from(name).length >= 2);
}

/**
 * A caption as stored: its text with the export's spaces collapsed, then its credit set off by
 * one space, names spaced as printed (`…相关情况。 通讯员 梁宇 摄`).
 */
export function captionText(lines: readonly string[]): string {
  const raw = lines.map((l) => l.trim()).join("");
  const credit = new RegExp(
    `(?:[（(]\\s*)?(?:${ROLE})?\\s*${NAME}(?:\\s*[、\\s]\\s*${NAME})*\\s*摄影?[）)]?$`,
    "u",
  ).exec(raw);
  const at = credit === null ? raw.length : credit.index;
  const text = collapseSpaces(raw.slice(0, at));
  const rest = raw
    .slice(at)
    .trim()
    .replace(/[\s\u3000]+/gu, " ");
  return rest === "" ? text : `${text} ${rest}`;
}
