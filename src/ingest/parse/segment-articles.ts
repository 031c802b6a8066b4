import { parseByline, type BylineMatch } from "./byline";
import { startsWithDateline } from "./dateline";
import { trimmed, type Block, type SourceLine } from "./source-lines";

/**
 * Cuts a page into articles. An article starts at a byline line (`■ 通讯员 X`) or, without one,
 * at a dateline (`本报讯（记者 X）`, `新华社…电`) that opens a block; a dateline right after a byline
 * belongs to the byline's article. Blocks before the first start belong to no article.
 */
export interface ArticleSegment {
  byline: { line: SourceLine; match: BylineMatch } | null;
  blocks: Block[];
}

export interface Segmentation {
  before: Block[];
  segments: ArticleSegment[];
}

export function segmentArticles(blocks: readonly Block[]): Segmentation {
  const before: Block[] = [];
  const segments: ArticleSegment[] = [];
  let current: ArticleSegment | null = null;
  for (const block of splitAtBylines(blocks)) {
    const first = block.lines[0]!;
    const byline = parseByline(trimmed(first), block.lines.length === 1);
    if (byline !== null && block.lines.length === 1) {
      current = { byline: { line: first, match: byline }, blocks: [] };
      segments.push(current);
      continue;
    }
    const opensArticle = startsWithDateline(trimmed(first));
    const bylineWaiting = current !== null && current.byline !== null && current.blocks.length === 0;
    if (opensArticle && !bylineWaiting) {
      current = { byline: null, blocks: [] };
      segments.push(current);
    }
    if (current === null) before.push(block);
    else current.blocks.push(block);
  }
  return { before, segments };
}

/** A byline line printed with no blank line around it still gets a block of its own. */
function splitAtBylines(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    let current: SourceLine[] = [];
    for (const line of block.lines) {
      const isByline = block.lines.length > 1 && parseByline(trimmed(line), false) !== null;
      if (isByline) {
        if (current.length > 0) out.push({ lines: current });
        out.push({ lines: [line] });
        current = [];
      } else {
        current.push(line);
      }
    }
    if (current.length > 0) out.push({ lines: current });
  }
  return out;
}
