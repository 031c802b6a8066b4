import { joinColumnLines } from "@/text/collapse-spaces";
import { columnWidthOf } from "./column-width";
import { isIntertitle } from "./intertitle";
import { bodyLine, PARAGRAPH_INDENT, paragraphStarts, type BodyLine } from "./paragraph-breaks";
import { trimmed, type Block } from "./source-lines";

/**
 * Reassembles the paragraphs of an article body from its column lines. Lines are joined as printed
 * (spaces kept); the caller collapses the export's spaces once it has read the dateline credit.
 */
export function bodyParagraphs(blocks: readonly Block[]): string[] {
  const lines: (BodyLine & { aloneInBlock: boolean })[] = blocks.flatMap((block, b) =>
    block.lines.map((line, i) => ({
      ...bodyLine(trimmed(line), i === 0 && b > 0),
      aloneInBlock: block.lines.length === 1,
    })),
  );
  if (lines.length === 0) return [];
  const measured = lines.filter((l) => !l.spacedOut).map((l) => l.width);
  const column = columnWidthOf(measured, lines.length - measured.length);
  const intertitles = lines.map((line, i) =>
    isIntertitle({
      previous: lines[i - 1]?.text,
      line: line.text,
      aloneInBlock: line.aloneInBlock,
      hasNext: i + 1 < lines.length,
      column,
      indent: PARAGRAPH_INDENT,
    }),
  );
  const forced = intertitles.map((isTitle, i) => isTitle || intertitles[i - 1] === true);
  const starts = paragraphStarts(lines, column, forced);
  const paragraphs: string[] = [];
  let current = "";
  lines.forEach((line, i) => {
    if (starts[i] === true && i > 0) {
      paragraphs.push(current);
      current = "";
    }
    current = current === "" ? line.text : joinColumnLines(current, line.text);
  });
  paragraphs.push(current);
  return paragraphs;
}
