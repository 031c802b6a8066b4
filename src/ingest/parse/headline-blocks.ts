import { isCaption } from "./caption";
import { trimmed, type Block } from "./source-lines";
import { containsFullStop, endsMidSentence, endsSentence } from "./terminal-punctuation";

/**
 * In this export an article's headlines come after its body: the body's last block ends a sentence,
 * then come the headline blocks (title, then subtitles), then an optional photo caption. Reading
 * backwards from the article's end, blocks are headlines until the first block that ends a
 * sentence or reads like running text.
 */
/** A headline block wraps over at most this many lines. */
export const MAX_HEADLINE_LINES = 4;

export interface ArticleParts {
  body: Block[];
  headlines: Block[];
  captions: Block[];
}

export function isHeadlineBlock(block: Block): boolean {
  if (block.lines.length > MAX_HEADLINE_LINES) return false;
  const texts = block.lines.map(trimmed);
  if (texts.some(containsFullStop)) return false;
  const last = texts.at(-1) ?? "";
  if (endsMidSentence(last)) return false;
  // A headline may end with ！ or ？, running text that does also has commas.
  if (endsSentence(last) && texts.some((t) => /[，,、；]/u.test(t))) return false;
  return true;
}

export function splitArticleParts(blocks: readonly Block[]): ArticleParts {
  const captions: Block[] = [];
  let end = blocks.length;
  while (end > 0 && isCaption(blocks[end - 1]!.lines.map(trimmed))) {
    captions.unshift(blocks[end - 1]!);
    end--;
  }
  let headStart = end;
  while (headStart > 0 && isHeadlineBlock(blocks[headStart - 1]!)) headStart--;
  // An article is at least one headline block after some body: if every block passed as a
  // headline, the first ones are body text without a full stop.
  if (headStart === 0 && end > 1) headStart = 1;
  const body: Block[] = [];
  for (const block of blocks.slice(0, headStart)) {
    if (isCaption(block.lines.map(trimmed))) captions.push(block);
    else body.push(block);
  }
  return { body, headlines: blocks.slice(headStart, end), captions };
}
