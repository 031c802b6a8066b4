import { isHan } from "@/text/char-class";
import { collapseSpaces, keepsSpaceBetween } from "@/text/collapse-spaces";
import { lineWidth } from "./line-width";
import { isSpacedOut } from "./spaced-out-line";

/**
 * The text of a headline block. Headlines separate phrases with a space (`南北联动 合力打造…`) and
 * may break a line at a phrase (`加强巡察监督` / `推进全面从严治党向` / `基层延伸`): both become one
 * space, while a line that merely wrapped joins with no space. Wrapped text fills its lines and
 * balances them, so a wrapped line is never shorter than the next one (`茂名市委第五交叉巡察` /
 * `组巡察茂南区民政局` / `党组工作动员会召开`); a line shorter than the next one, or far shorter than
 * the widest, stopped at a phrase (`以比赛提升凝聚力` / `以活动丰富群众生活`).
 */
/** A line this many ems narrower than the block's widest line stopped at a phrase. */
export const PHRASE_BREAK_SHORTFALL = 2;

export function headlineText(lines: readonly string[]): string {
  const widths = lines.map(lineWidth);
  const widest = Math.max(...widths);
  let text = "";
  lines.forEach((line, i) => {
    if (i > 0) {
      const previous = widths[i - 1]!;
      const phraseBreak = previous < widths[i]! || previous <= widest - PHRASE_BREAK_SHORTFALL;
      text += phraseBreak ? " " : "";
    }
    text += normaliseHeadlineLine(line);
  });
  return text;
}

/** Keeps a space between two Han characters (a phrase break) unless the line is spaced out. */
function normaliseHeadlineLine(line: string): string {
  const trimmedLine = line.trim();
  if (isSpacedOut(trimmedLine)) return collapseSpaces(trimmedLine);
  const words = trimmedLine.split(/[\s\u3000]+/u);
  return words.reduce((text, word) => {
    const before = Array.from(text).at(-1);
    const after = Array.from(word)[0];
    if (before === undefined || after === undefined) return text + word;
    const keep = (isHan(before) && isHan(after)) || keepsSpaceBetween(before, after);
    return text + (keep ? " " : "") + word;
  }, "");
}
