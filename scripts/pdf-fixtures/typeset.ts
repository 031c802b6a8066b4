/**
 * A small newspaper typesetter over pdfkit for the PDF parser's fixtures: it sets our own text
 * (the seed's articles) into pages the way a newsroom's PDF export draws them — headlines and body
 * in 黑体 (one font, one small embedded subset), with first-line indents and justified lines, captions in 楷体, vertical
 * headlines one character at a time — and records what it drew (the ground truth: every article's
 * texts and the boxes of its lines) so that the parser's output can be checked against it.
 *
 * Fonts: Debian's fonts-wqy-microhei and fonts-arphic-ukai (TrueType, so that pdfkit embeds small
 * subsets; the body is not set in 宋体 because AR PL UMing's glyphs double the files' size). Only
 * regenerating the fixtures needs them; the tests read the PDFs.
 */
import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";

export const FONTS = {
  kai: { file: "/usr/share/fonts/truetype/arphic/ukai.ttc", name: "UKaiCN" },
  hei: { file: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", name: "WenQuanYiMicroHei" },
} as const;
export type FontName = keyof typeof FONTS;

export function missingFonts(): string[] {
  return Object.values(FONTS)
    .filter((f) => !existsSync(f.file))
    .map((f) => f.file);
}

export type Box = [number, number, number, number];

/** What the typesetter drew of one article: the ground truth of a fixture. */
export interface TruthArticle {
  kicker?: string;
  title: string;
  subtitles: string[];
  byline: string | null;
  paragraphs: string[];
  caption: string | null;
  jumps: string[];
  /** Every line the article printed (headline, byline, body, caption, jump line). */
  lines: { text: string; box: Box }[];
  photos: Box[];
}

export interface Truth {
  width: number;
  height: number;
  articles: TruthArticle[];
  furniture: string[];
}

export interface Column {
  x: number;
  y: number;
  width: number;
  bottom: number;
}

/** Body type: size and leading in points. */
export const BODY = { size: 9, leading: 13.5 };

export class Page {
  readonly doc: PDFKit.PDFDocument;
  readonly truth: Truth;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.doc = new PDFDocument({
      size: [width, height],
      margin: 0,
      autoFirstPage: true,
      compress: true,
      info: { CreationDate: new Date(0), ModDate: new Date(0), Producer: "Folio fixtures", Creator: "Folio fixtures" },
    });
    for (const [key, font] of Object.entries(FONTS)) this.doc.registerFont(key, font.file, font.name);
    this.truth = { width, height, articles: [], furniture: [] };
  }

  /** Draws one line of text with its top-left corner at (x, y); returns its box. */
  text(
    text: string,
    x: number,
    y: number,
    font: FontName,
    size: number,
    options: { spacing?: number; color?: string } = {},
  ): Box {
    const doc = this.doc
      .font(font)
      .fontSize(size)
      .fillColor(options.color ?? "#111");
    doc.text(text, x, y, { lineBreak: false, characterSpacing: options.spacing ?? 0 });
    const width = doc.widthOfString(text, { characterSpacing: options.spacing ?? 0 });
    return [x, y, width, size];
  }

  /**
   * Pieces set on one baseline as ONE text run, the gaps between them moves inside the run (a
   * `TJ` offset, written by pdfkit as word spacing), as some newsroom exports draw a row across
   * columns: PDF.js then gives each gap as a whitespace item as wide as the gap. Returns each
   * piece's box. Pieces are at the x given, left to right, and hold no spaces.
   */
  oneRun(pieces: readonly { text: string; x: number }[], y: number, font: FontName, size: number): Box[] {
    const doc = this.doc.font(font).fontSize(size).fillColor("#111");
    const widths = pieces.map((p) => doc.widthOfString(p.text));
    const gaps = pieces.slice(1).map((p, i) => p.x - (pieces[i]!.x + widths[i]!));
    if (gaps.some((g) => Math.abs(g - gaps[0]!) > 0.01))
      throw new Error("oneRun: pdfkit's word spacing is one value: the gaps between the pieces must be equal");
    // pdfkit sets a word's end `wordSpacing + the width of a space` before the next word.
    const wordSpacing = (gaps[0] ?? 0) - doc.widthOfString(" ");
    doc.text(pieces.map((p) => p.text).join(" "), pieces[0]!.x, y, { lineBreak: false, wordSpacing });
    return pieces.map((p, i) => [p.x, y, widths[i]!, size]);
  }

  furniture(text: string, x: number, y: number, font: FontName, size: number): void {
    this.text(text, x, y, font, size);
    this.truth.furniture.push(text);
  }

  rule(x: number, y: number, w: number): void {
    this.doc
      .moveTo(x, y)
      .lineTo(x + w, y)
      .lineWidth(0.6)
      .strokeColor("#333")
      .stroke();
  }

  /** A frame stroked round a box (a sidebar or a column's box): a rectangle of four rules. */
  frame(x: number, y: number, w: number, h: number): void {
    this.doc.rect(x, y, w, h).lineWidth(0.8).strokeColor("#333").stroke();
  }
}

/** Starts an article; its parts are added by the setters below, in reading order. */
export function article(page: Page, title: string, subtitles: string[] = []): TruthArticle {
  const a: TruthArticle = {
    title,
    subtitles,
    byline: null,
    paragraphs: [],
    caption: null,
    jumps: [],
    lines: [],
    photos: [],
  };
  page.truth.articles.push(a);
  return a;
}

/** A horizontal headline line (title, kicker or subtitle) at (x, y). */
export function headline(
  page: Page,
  a: TruthArticle,
  text: string,
  x: number,
  y: number,
  size: number,
  options: { spacing?: number; shadow?: boolean } = {},
): number {
  if (options.shadow) page.text(text, x + 0.6, y + 0.6, "hei", size, { spacing: options.spacing, color: "#999" });
  a.lines.push({ text, box: page.text(text, x, y, "hei", size, { spacing: options.spacing }) });
  return y + size;
}

/** A vertical headline: one character under the other, from (x, y) down. */
export function verticalHeadline(
  page: Page,
  a: TruthArticle,
  text: string,
  x: number,
  y: number,
  size: number,
): number {
  let top = y;
  for (const ch of Array.from(text)) {
    a.lines.push({ text: ch, box: page.text(ch, x, top, "hei", size) });
    top += size * 1.05;
  }
  return top;
}

export function byline(page: Page, a: TruthArticle, text: string, x: number, y: number): number {
  a.byline = text;
  a.lines.push({ text, box: page.text(text, x, y, "kai", BODY.size) });
  return y + BODY.leading;
}

/**
 * Sets paragraphs into columns: each first line indented two ems, lines broken by width and
 * justified (the characters spread to fill the column) except a paragraph's last line. Returns the
 * paragraphs (or the part of the last one) that did not fit, and where the last column ended.
 */
export function setColumns(
  page: Page,
  a: TruthArticle,
  paragraphs: readonly string[],
  columns: readonly Column[],
  options: { continues?: boolean } = {},
): { rest: string[]; restContinues: boolean; end: { column: number; y: number } } {
  const doc = page.doc.font("hei").fontSize(BODY.size);
  let col = 0;
  let y = columns[0]!.y;
  const queue = [...paragraphs];
  let continuing = options.continues ?? false;
  while (queue.length > 0) {
    const paragraph = queue.shift()!;
    const chars = Array.from(paragraph);
    let i = 0;
    let firstLine = !continuing;
    // A paragraph carried over from another page goes on without an indent; it is a paragraph of
    // this page's part all the same.
    a.paragraphs.push(paragraph);
    continuing = false;
    while (i < chars.length) {
      const column = columns[col]!;
      if (y + BODY.size > column.bottom) {
        col++;
        if (col >= columns.length) {
          const left = chars.slice(i).join("");
          // Only what was printed is this page's text.
          if (i === 0) a.paragraphs.pop();
          else a.paragraphs[a.paragraphs.length - 1] = chars.slice(0, i).join("");
          return { rest: [left, ...queue], restContinues: true, end: { column: col - 1, y } };
        }
        y = columns[col]!.y;
        continue;
      }
      const indent = firstLine ? 2 * BODY.size : 0;
      const width = column.width - indent;
      let n = 0;
      while (i + n < chars.length && doc.widthOfString(chars.slice(i, i + n + 1).join("")) <= width + 0.01) n++;
      // Keep closing punctuation off the start of the next line (kinsoku): pull it back onto this one.
      while (i + n < chars.length && /^[，。、；：？！”’）》」』…]$/u.test(chars[i + n]!)) n++;
      const text = chars.slice(i, i + n).join("");
      const last = i + n >= chars.length;
      const natural = doc.widthOfString(text);
      const spacing = last || n < 2 ? 0 : (width - natural) / (n - 1);
      doc.fillColor("#111").text(text, column.x + indent, y, { lineBreak: false, characterSpacing: spacing });
      a.lines.push({ text, box: [column.x + indent, y, last ? natural : width, BODY.size] });
      i += n;
      y += BODY.leading;
      firstLine = false;
    }
  }
  return { rest: [], restContinues: false, end: { column: col, y } };
}

/** A photo (a small generated PNG) and its caption under it. */
export function photo(page: Page, a: TruthArticle, png: Buffer, box: Box, caption: string): number {
  page.doc.image(png, box[0], box[1], { width: box[2], height: box[3] });
  a.photos.push(box);
  a.caption = caption;
  const y = box[1] + box[3] + 4;
  const doc = page.doc.font("kai").fontSize(BODY.size - 1);
  // The caption wraps at the photo's width.
  const chars = Array.from(caption);
  let i = 0;
  let top = y;
  while (i < chars.length) {
    let n = 0;
    while (i + n < chars.length && doc.widthOfString(chars.slice(i, i + n + 1).join("")) <= box[2]) n++;
    const text = chars.slice(i, i + n).join("");
    a.lines.push({ text, box: page.text(text, box[0], top, "kai", BODY.size - 1) });
    i += n;
    top += BODY.size + 2;
  }
  return top;
}

/** A line of the article's text set on its own flush right, ending at `right` (an author's note). */
export function flushRight(page: Page, a: TruthArticle, text: string, y: number, right: number): number {
  const width = page.doc.font("hei").fontSize(BODY.size).widthOfString(text);
  a.paragraphs.push(text);
  a.lines.push({ text, box: page.text(text, right - width, y, "hei", BODY.size) });
  return y + BODY.leading;
}

/** A subhead (小标题) inside the text: its lines centred in the column, one paragraph. */
export function subhead(
  page: Page,
  a: TruthArticle,
  lines: readonly string[],
  column: Column,
  y: number,
  size: number,
): number {
  a.paragraphs.push(lines.join(""));
  let top = y;
  for (const text of lines) {
    const width = page.doc.font("hei").fontSize(size).widthOfString(text);
    a.lines.push({ text, box: page.text(text, column.x + (column.width - width) / 2, top, "hei", size) });
    top += size * 1.3;
  }
  return top;
}

/** A jump line set flush right, ending at `right`. */
export function jumpLine(page: Page, a: TruthArticle, text: string, y: number, right: number): void {
  const width = page.doc.font("kai").fontSize(BODY.size).widthOfString(text);
  a.jumps.push(text);
  a.lines.push({ text, box: page.text(text, right - width, y, "kai", BODY.size) });
}

export async function pdfBytes(page: Page): Promise<Buffer> {
  const chunks: Buffer[] = [];
  page.doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => page.doc.on("end", () => resolve()));
  page.doc.end();
  await done;
  return Buffer.concat(chunks);
}
