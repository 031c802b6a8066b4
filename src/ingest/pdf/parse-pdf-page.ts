import type { Furniture, Jump, ParsedArticle, ParsedPage, ParseWarning, Photo, Unassigned } from "@/bundle/schema";
import { collapseSpaces, joinColumnLines } from "@/text/collapse-spaces";
import type { BylineMatch } from "../parse/byline";
import { captionCredits, isCaption } from "../parse/caption";
import { checkConservation } from "../parse/conservation";
import { creditedPeople } from "../parse/credits";
import { inlineByline } from "../parse/dateline";
import { articleBoxes } from "./article-boxes";
import { owningHeadline } from "./assign-to-headline";
import { authorLine } from "./author-line";
import { isAuthorNote } from "./author-note";
import { bodySizeOf } from "./body-size";
import { columnBlocks, type ColumnBlock } from "./column-blocks";
import { continuedOwner } from "./column-continues";
import { dashSubtitles, withDashSubtitle } from "./dash-subtitle";
import { dropDrawnTwice } from "./drawn-twice";
import { columnLeftAmong, indentEdge, isIndented } from "./first-line-indent";
import { furnitureKind } from "./furniture";
import { isGarbled, unreadableShare } from "./garbled-text";
import { bottom, horizontalOverlap, toPageBox, type Rect } from "./geometry";
import { headlineSpaces } from "./headline-spaces";
import { headlineCredits, type HeadlineCredit } from "./headline-credit";
import { headlineGroups, isHeadlineLine, type HeadlineGroup } from "./headline-groups";
import { parseJumpLine } from "./jump-line";
import { normalizeRadicals } from "./kangxi-radicals";
import { numberLines, pageLines, type PageLine } from "./page-lines";
import { photoImages } from "./photo-images";
import { captionBlocks, captionOf, CAPTION_GAP_EMS } from "./photo-caption";
import { printedFacts } from "./printed-facts";
import type { PdfPageContent } from "./read-pdf";
import { readingOrder } from "./reading-order";
import { separators } from "./rules";
import { isSourceNote } from "./source-note";
import { isSubhead, joinSubheadLines } from "./subheads";
import { joinVerticalStacks } from "./vertical-stacks";

/**
 * One PDF page → its articles, from the geometry of its text layer: the same structure as a text
 * page's (`ParsedPage`), each article with its boxes, photos and jump lines, and the page's
 * furniture and printed facts. Never throws: what it cannot place goes to `unassigned` with a
 * warning, and the conservation check proves no character of the text layer is lost.
 */

/**
 * The page's printed lines, numbered, from its text layer: text drawn twice read once, Kangxi
 * radicals mapped to their ideographs, stacked characters of vertical headlines joined.
 */
export function printedLines(content: PdfPageContent): { lines: PageLine[]; bodySize: number } {
  const cleaned = dropDrawnTwice(content.items).map((i) => ({ ...i, text: normalizeRadicals(i.text) }));
  const bodySize = bodySizeOf(cleaned) || 10;
  return { lines: numberLines(pageLines(joinVerticalStacks(cleaned, bodySize))), bodySize };
}

/** The page's text as the conservation check counts it: its printed lines, one a line. */
export function pageSource(lines: readonly PageLine[]): string {
  return lines.map((l) => l.text).join("\n");
}

export function parsePdfPage(content: PdfPageContent): ParsedPage {
  const warnings: ParseWarning[] = [];
  const unassigned: Unassigned[] = [];
  const { lines, bodySize } = printedLines(content);
  const source = pageSource(lines);
  const facts = { width: content.width, height: content.height };
  const allLines: [number, number] = [1, Math.max(1, lines.length)];

  if (lines.length === 0) {
    warnings.push({ lines: allLines, message: "the page has no text layer (a scan?): only its image is published" });
    return { articles: [], unassigned, warnings, pdf: { ...facts, furniture: [], printed: printedFacts([]) } };
  }
  if (isGarbled(source)) {
    const share = Math.round(unreadableShare(source) * 100);
    warnings.push({
      lines: allLines,
      message: `garbled text layer: ${share}% of the characters have no Unicode meaning (a font without a map); no articles published from it`,
    });
    unassigned.push({ lines: allLines, text: source, warning: "garbled text layer" });
    return { articles: [], unassigned, warnings, pdf: { ...facts, furniture: [], printed: printedFacts([]) } };
  }

  const furniture: Furniture[] = [];
  const headlineLines: PageLine[] = [];
  const jumpLines: { line: PageLine; jump: Jump }[] = [];
  const rest: PageLine[] = [];
  for (const line of lines) {
    const kind = furnitureKind(line, content.height);
    if (kind !== null) furniture.push({ kind, text: line.text, box: toPageBox(line.box) });
    else if (isHeadlineLine(line, bodySize)) headlineLines.push(line);
    else {
      const jump = parseJumpLine(line.text);
      if (jump !== null) jumpLines.push({ line, jump });
      else rest.push(line);
    }
  }
  // Articles in reading order: by their headlines, top to bottom; headlines on one row (their tops
  // within a body line) left to right.
  const sorted = headlineGroups(headlineLines).sort((a, b) =>
    Math.abs(a.box.y - b.box.y) <= bodySize ? a.box.x - b.box.x : a.box.y - b.box.y,
  );
  // A dash subtitle set at a subhead's size under a headline is the headline's, not text.
  const dashes = dashSubtitles(sorted, rest, bodySize);
  const groups = sorted.map((g, i) => withDashSubtitle(g, dashes[i]!));
  const subtitleLines = new Set(dashes.flat());
  const text = rest.filter((l) => !subtitleLines.has(l));
  const headRects = groups.map((g) => g.box);
  // A name set under (or beside) a headline is its byline, not a block of its text.
  const credits = headlineCredits(
    groups.map((g) => ({ box: g.box, size: Math.max(...g.title.map((l) => l.size)), vertical: g.title[0]!.vertical })),
    text,
  );
  const creditLines = new Set(credits.flatMap((c) => c?.lines ?? []));
  const blocks = joinSubheadLines(columnBlocks(text.filter((l) => !creditLines.has(l))), bodySize);
  const photos = photoImages(content.images, lines, content, bodySize);
  const rules = separators(content.rules, bodySize);

  const parts = groups.map(() => ({
    blocks: [] as ColumnBlock[],
    photos: [] as { box: Rect; captions: ColumnBlock[] }[],
    jumps: [] as { line: PageLine; jump: Jump }[],
  }));
  const photoOwners = photos.map((p) => owningHeadline(p, headRects, bodySize, rules));
  photos.forEach((box, i) => {
    const owner = photoOwners[i];
    if (owner !== null && owner !== undefined) parts[owner]!.photos.push({ box, captions: [] });
  });
  const orphans: ColumnBlock[] = [];
  // Captions by their place under a photo, then by their text (a credit at the end).
  const captionOf = new Set<ColumnBlock>();
  for (const part of parts)
    for (const photo of part.photos)
      for (const block of captionBlocks(
        photo.box,
        blocks.filter((b) => !captionOf.has(b)),
        bodySize,
      )) {
        photo.captions.push(block);
        captionOf.add(block);
      }
  for (const block of blocks) {
    if (captionOf.has(block)) continue;
    if (isCaption(block.lines.map((l) => l.text))) {
      const photo = nearestPhoto(block.box, parts, bodySize);
      if (photo !== null) {
        photo.captions.push(block);
        continue;
      }
    }
    const owner = owningHeadline(block.box, headRects, bodySize, rules);
    if (owner === null) orphans.push(block);
    else parts[owner]!.blocks.push(block);
  }
  for (const j of jumpLines) {
    const owner = owningHeadline(j.line.box, headRects, bodySize, rules);
    if (owner === null) orphans.push({ lines: [j.line], box: j.line.box, size: j.line.size });
    else parts[owner]!.jumps.push(j);
  }
  // What no headline owns but continues an article's column is that article's (again and again: a
  // piece may continue one that only now found its article).
  for (let found = true; found;) {
    found = false;
    const owned = parts.flatMap((p, i) => p.blocks.map((b) => ({ box: b.box, owner: i })));
    for (const block of [...orphans]) {
      const owner = continuedOwner(block.box, owned, bodySize, rules);
      if (owner === null) continue;
      parts[owner]!.blocks.push(block);
      orphans.splice(orphans.indexOf(block), 1);
      found = true;
    }
  }

  // A headline that owns no text and no photo is a banner (a series or section title), not an article.
  const articles: ParsedArticle[] = [];
  groups.forEach((group, i) => {
    const part = parts[i]!;
    if (part.blocks.length === 0 && part.photos.length === 0 && part.jumps.length === 0) {
      for (const line of [...group.lines, ...(credits[i]?.lines ?? [])])
        furniture.push({ kind: "banner", text: line.text, box: toPageBox(line.box) });
      return;
    }
    articles.push(buildArticle(group, credits[i] ?? null, part, articles.length + 1, bodySize, warnings));
  });
  for (const block of orphans) {
    const nos = block.lines.map((l) => l.no);
    unassigned.push({
      lines: [Math.min(...nos), Math.max(...nos)],
      text: block.lines.map((l) => l.text).join("\n"),
      warning: "no headline above or beside this text: it belongs to no article on this page",
    });
  }
  const page: ParsedPage = {
    articles,
    unassigned,
    warnings,
    pdf: { ...facts, furniture, printed: printedFacts(furniture.map((f) => f.text)) },
  };
  const lost = checkConservation(source, page);
  if (lost.missing.length > 0 || lost.extra.length > 0) {
    warnings.push({
      lines: allLines,
      message: `parser bug: characters ${lost.missing ? `lost: ${lost.missing}` : ""}${lost.extra ? ` added: ${lost.extra}` : ""}`,
    });
  }
  return page;
}

function nearestPhoto(
  caption: Rect,
  parts: readonly { photos: { box: Rect; captions: ColumnBlock[] }[] }[],
  em: number,
): { box: Rect; captions: ColumnBlock[] } | null {
  let best: { box: Rect; captions: ColumnBlock[] } | null = null;
  let bestGap = Infinity;
  for (const part of parts)
    for (const photo of part.photos) {
      const gap = Math.max(caption.y - bottom(photo.box), photo.box.y - bottom(caption));
      if (gap <= CAPTION_GAP_EMS * em && horizontalOverlap(caption, photo.box) > 0 && gap < bestGap) {
        best = photo;
        bestGap = gap;
      }
    }
  return best;
}

function joinLines(lines: readonly PageLine[], clean: (text: string) => string = collapseSpaces): string {
  return lines.map((l) => clean(l.text)).reduce((acc, t) => (acc === "" ? t : joinColumnLines(acc, t)), "");
}

function buildArticle(
  group: HeadlineGroup,
  credit: HeadlineCredit | null,
  part: {
    blocks: ColumnBlock[];
    photos: { box: Rect; captions: ColumnBlock[] }[];
    jumps: { line: PageLine; jump: Jump }[];
  },
  seq: number,
  bodySize: number,
  warnings: ParseWarning[],
): ParsedArticle {
  const ordered = readingOrder(part.blocks);
  // The credit: set with the headline, else the first line of the article's text when it reads as
  // a byline or author line.
  let byline: BylineMatch | null = credit?.byline ?? null;
  let first = ordered[0];
  if (first !== undefined && byline === null) {
    const match = authorLine(first.lines[0]!.text);
    if (match !== null) {
      byline = match;
      first = { ...first, lines: first.lines.slice(1) };
    }
  }
  const textBlocks = first === undefined ? [] : [first, ...ordered.slice(1)].filter((b) => b.lines.length > 0);
  const paragraphs: string[] = [];
  let current: PageLine[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(joinLines(current));
    current = [];
  };
  for (const block of textBlocks) {
    if (isSubhead(block, bodySize)) {
      // A subhead is a paragraph of its own.
      flush();
      current = [...block.lines];
      flush();
      continue;
    }
    const left = columnLeftAmong(
      block,
      textBlocks.filter((b) => !isSubhead(b, bodySize)),
    );
    block.lines.forEach((line, i) => {
      if (isIndented(line, indentEdge(block.lines, i, left)) || isAuthorNote(line.text) || isSourceNote(line.text))
        flush();
      current.push(line);
    });
  }
  flush();
  if (byline === null && paragraphs.length > 0) {
    const inline = inlineByline(paragraphs[0]!);
    if (inline !== null) {
      byline = inline.match;
      paragraphs[0] = collapseSpaces(paragraphs[0]!.slice(0, inline.start) + paragraphs[0]!.slice(inline.end));
    }
  }
  const photos: Photo[] = part.photos.map((p) => ({
    box: toPageBox(p.box),
    caption: p.captions.length === 0 ? null : captionOf(p.captions),
  }));
  const captions = photos.flatMap((p) => (p.caption === null ? [] : [p.caption]));
  const caption = captions.length === 0 ? null : captions.join("\n");
  const allLines = [
    ...group.lines,
    ...(credit?.lines ?? []),
    ...part.blocks.flatMap((b) => b.lines),
    ...part.photos.flatMap((p) => p.captions.flatMap((c) => c.lines)),
    ...part.jumps.map((j) => j.line),
  ];
  const nos = allLines.map((l) => l.no);
  const sourceLines: [number, number] = [Math.min(...nos), Math.max(...nos)];
  if (paragraphs.length === 0) warnings.push({ lines: sourceLines, message: `article ${seq} has no body text` });
  const rects = [
    group.box,
    ...(credit === null ? [] : [credit.box]),
    ...part.blocks.map((b) => b.box),
    ...part.photos.flatMap((p) => [p.box, ...p.captions.map((c) => c.box)]),
    ...part.jumps.map((j) => j.line.box),
  ];
  const article: ParsedArticle = {
    seq,
    title: joinLines(group.title, headlineSpaces),
    subtitles: group.subtitles.map((l) => headlineSpaces(l.text)),
    byline,
    paragraphs,
    caption,
    people: creditedPeople([...(byline?.reporters ?? []), ...(caption === null ? [] : captionCredits(caption))]),
    sourceLines,
    boxes: articleBoxes(rects, bodySize).map(toPageBox),
  };
  if (group.kicker.length > 0) article.kicker = joinLines(group.kicker, headlineSpaces);
  if (photos.length > 0) article.photos = photos;
  if (part.jumps.length > 0) article.jumps = part.jumps.map((j) => j.jump);
  return article;
}
