import type { ParsedArticle, ParsedPage, ParseWarning, Unassigned } from "@/bundle/schema";
import { collapseSpaces } from "@/text/collapse-spaces";
import { creditedPeople } from "./credits";
import { captionCredits, captionText } from "./caption";
import { checkConservation } from "./conservation";
import { inlineByline } from "./dateline";
import { splitArticleParts } from "./headline-blocks";
import { headlineText } from "./headline-text";
import { bodyParagraphs } from "./paragraphs";
import { segmentArticles, type ArticleSegment } from "./segment-articles";
import { splitLines, toBlocks, trimmed, type Block } from "./source-lines";

/**
 * Parses the text a PDF export gives of one printed page into articles. Never throws: what it
 * cannot place goes to `unassigned` with its line numbers and a warning.
 */
export function parsePage(text: string): ParsedPage {
  const blocks = toBlocks(splitLines(text));
  const { before, segments } = segmentArticles(blocks);
  const warnings: ParseWarning[] = [];
  const unassigned: Unassigned[] = [];
  if (before.length > 0) {
    unassigned.push({
      lines: lineRange(before),
      text: before.map((b) => b.lines.map(trimmed).join("\n")).join("\n\n"),
      warning: "text before the first byline or dateline belongs to no article on this page",
    });
  }
  const articles = segments.map((segment, i) => buildArticle(segment, i + 1, warnings));
  const page: ParsedPage = { articles, unassigned, warnings };
  const lost = checkConservation(text, page);
  if (lost.missing.length > 0 || lost.extra.length > 0) {
    const all = splitLines(text);
    warnings.push({
      lines: [1, Math.max(1, all.length)],
      message: `parser bug: characters ${lost.missing ? `lost: ${lost.missing}` : ""}${lost.extra ? ` added: ${lost.extra}` : ""}`,
    });
  }
  return page;
}

function buildArticle(segment: ArticleSegment, seq: number, warnings: ParseWarning[]): ParsedArticle {
  const { body, headlines, captions } = splitArticleParts(segment.blocks);
  const printed = bodyParagraphs(body);
  let byline =
    segment.byline === null ? null : { raw: segment.byline.match.raw, reporters: segment.byline.match.reporters };
  if (byline === null && printed.length > 0) {
    const inline = inlineByline(printed[0]!);
    if (inline !== null) {
      byline = inline.match;
      printed[0] = printed[0]!.slice(0, inline.start) + printed[0]!.slice(inline.end);
    }
  }
  const paragraphs = printed.map(collapseSpaces);
  const [title = "", ...subtitles] = headlines.map((block) => headlineText(block.lines.map(trimmed)));
  const caption = captions.length === 0 ? null : captions.map((b) => captionText(b.lines.map(trimmed))).join("\n");
  const allBlocks = [...(segment.byline ? [{ lines: [segment.byline.line] }] : []), ...segment.blocks];
  const sourceLines = lineRange(allBlocks);
  if (headlines.length === 0) {
    warnings.push({ lines: sourceLines, message: `article ${seq} has no headline after its body` });
  }
  if (paragraphs.length === 0) {
    warnings.push({ lines: sourceLines, message: `article ${seq} has no body text` });
  }
  return {
    seq,
    title,
    subtitles,
    byline,
    paragraphs,
    caption,
    // The credited reporters only: `readPage` adds everyone the text mentions (people extraction
    // is a model, far slower than parsing, and a step of its own).
    people: creditedPeople([...(byline?.reporters ?? []), ...(caption === null ? [] : captionCredits(caption))]),
    sourceLines,
  };
}

function lineRange(blocks: readonly Block[]): [number, number] {
  const first = blocks[0]?.lines[0]?.no ?? 1;
  const last = blocks.at(-1)?.lines.at(-1)?.no ?? first;
  return [first, last];
}
