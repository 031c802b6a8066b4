/**
 * The PDF fixtures' pages: the seed's articles typeset in the layouts a newspaper page uses —
 * columns under a full-width headline, a kicker over its title, a title over several lines, a
 * photo with its caption, a letter-spaced headline drawn with a shadow, a vertical headline beside
 * its columns, an article jumping from one page to the next — and the bad inputs a newsroom sends
 * (a scan without text, a font without a Unicode map).
 */
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import {
  article,
  BODY,
  byline,
  flushRight,
  headline,
  jumpLine,
  Page,
  photo,
  setColumns,
  subhead,
  verticalHeadline,
  type Box,
  type Column,
} from "./typeset";

interface SeedArticle {
  title: string;
  subtitles: string[];
  byline: { raw: string } | null;
  paragraphs: string[];
  caption: string | null;
}

const seed = (JSON.parse(readFileSync("fixtures/seed/expected.json", "utf8")) as { articles: SeedArticle[] }).articles;

const A4 = { width: 595, height: 842 };
const MARGIN = 30;
const COLUMN = 122;
const GUTTER = 14;

/** Four columns across the page, from `y` down to `bottom`, or the ones given by index. */
function columns(y: number, bottom: number, which: readonly number[] = [0, 1, 2, 3]): Column[] {
  return which.map((i) => ({ x: MARGIN + i * (COLUMN + GUTTER), y, width: COLUMN, bottom }));
}

function spanWidth(n: number): number {
  return n * COLUMN + (n - 1) * GUTTER;
}

function header(page: Page, no: number, name: string, date: string): void {
  page.furniture("茂南报", MARGIN, 16, "hei", 16);
  page.furniture(date, 330, 22, "hei", 9);
  page.furniture(`${no} ${name}`, 490, 16, "hei", 16);
  page.rule(MARGIN, 40, A4.width - 2 * MARGIN);
}

function editor(page: Page, name: string): void {
  page.furniture(`责任编辑：${name}`, MARGIN, A4.height - 24, "hei", 8);
}

/** A small photo: a generated gradient, so the fixture stays a few kB. */
function photoPng(): Buffer {
  const png = new PNG({ width: 48, height: 30 });
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      png.data[i] = 80 + x * 3;
      png.data[i + 1] = 120 + y * 3;
      png.data[i + 2] = 160;
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

/** Headline over four columns, a kicker over a three-column article, a title in three lines in one column. */
function columnsPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 2, "要闻", "2023年2月27日 星期一");
  const s1 = seed[0]!;
  const a1 = article(page, s1.title, s1.subtitles);
  let y = headline(page, a1, s1.title, MARGIN, 56, 22);
  y = headline(page, a1, s1.subtitles[0]!, MARGIN, y + 8, 16.5);
  y = byline(page, a1, s1.byline!.raw, MARGIN, y + 10);
  setColumns(page, a1, s1.paragraphs, columns(y + 4, 420));

  const s2 = seed[1]!;
  const a2 = article(page, s2.title);
  a2.kicker = s2.subtitles[0]!;
  y = headline(page, a2, a2.kicker, MARGIN, 440, 16.5);
  y = headline(page, a2, s2.title, MARGIN, y + 6, 22);
  y = byline(page, a2, s2.byline!.raw, MARGIN, y + 10);
  setColumns(page, a2, s2.paragraphs, columns(y + 4, 800, [0, 1, 2]));

  const s3 = seed[2]!;
  const a3 = article(page, s3.title);
  const x = MARGIN + 3 * (COLUMN + GUTTER);
  const chars = Array.from(s3.title);
  y = 440;
  for (let i = 0; i < chars.length; i += 6) y = headline(page, a3, chars.slice(i, i + 6).join(""), x, y, 18) + 3;
  y = byline(page, a3, s3.byline!.raw, x, y + 8);
  setColumns(page, a3, s3.paragraphs, [{ x, y: y + 4, width: COLUMN, bottom: 800 }]);
  editor(page, "李明");
  return page;
}

/** A photo with its caption over two columns; a letter-spaced headline drawn twice (a shadow). */
function photoPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 3, "综合", "2023年2月27日 星期一");
  const s1 = seed[3]!;
  const a1 = article(page, s1.title, s1.subtitles);
  let y = headline(page, a1, s1.title, MARGIN, 56, 18);
  y = headline(page, a1, s1.subtitles[0]!, MARGIN, y + 8, 16.5);
  y = byline(page, a1, s1.byline!.raw, MARGIN, y + 10);
  const top = y + 4;
  const below = photo(page, a1, photoPng(), [MARGIN, top, spanWidth(2), 120], s1.caption!);
  setColumns(page, a1, s1.paragraphs, [...columns(below + 8, 470, [0, 1]), ...columns(top, 470, [2, 3])]);

  const s2 = seed[5]!;
  const a2 = article(page, s2.title, s2.subtitles);
  y = headline(page, a2, s2.title, MARGIN, 495, 22, { spacing: 6, shadow: true });
  y = headline(page, a2, s2.subtitles[0]!, MARGIN, y + 8, 16.5);
  y = byline(page, a2, s2.byline!.raw, MARGIN, y + 10);
  setColumns(page, a2, s2.paragraphs, columns(y + 4, 810));
  return page;
}

/** A vertical headline at the right of its three columns; a horizontal one below. */
function verticalPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 4, "基层", "2023年2月27日 星期一");
  const s1 = seed[7]!;
  const a1 = article(page, s1.title);
  const vx = A4.width - MARGIN - 24;
  verticalHeadline(page, a1, s1.title, vx, 56, 22);
  const y = byline(page, a1, s1.byline!.raw, MARGIN, 58);
  setColumns(page, a1, s1.paragraphs, columns(y + 4, 560, [0, 1, 2]));

  const s2 = seed[4]!;
  const a2 = article(page, s2.title, s2.subtitles);
  let y2 = headline(page, a2, s2.title, MARGIN, 590, 20);
  y2 = headline(page, a2, s2.subtitles[0]!, MARGIN, y2 + 8, 16.5);
  y2 = byline(page, a2, s2.byline!.raw, MARGIN, y2 + 10);
  setColumns(page, a2, s2.paragraphs, columns(y2 + 4, 815));
  return page;
}

/** A flat image of one colour (a tint behind a sidebar) or a banner's stripes (a column's logo). */
function flatPng(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!] = colour(x, y);
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

/**
 * A commentary page's layouts, each one a case the real pages taught the parser: a name centred
 * under the headline, a two-line subhead and the author's note flush right at the end (作者为……);
 * a sidebar framed by a stroked rectangle on a tint image, under a column logo (neither is a
 * photo); a rule across the page between two stories; a vertical headline with its author's name
 * stacked beside it; and the page's graphics credit (制图：……) on a line of its own.
 */
function theoryPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 5, "理论", "2023年2月27日 星期一");

  // A name centred under the headline, a subhead over two lines, the author's note at the end.
  const s1 = seed[5]!;
  const a1 = article(page, s1.title);
  const title = headline(page, a1, s1.title, MARGIN, 56, 20);
  const titleWidth = a1.lines[0]!.box[2];
  const nameWidth = page.doc.font("kai").fontSize(BODY.size).widthOfString("颜伯威");
  const y = byline(page, a1, "颜伯威", MARGIN + (titleWidth - nameWidth) / 2, title + 6);
  const [c0, c1, c2] = columns(y + 6, 395, [0, 1, 2]);
  const first = setColumns(page, a1, s1.paragraphs.slice(0, 1), [c0!]);
  const below = subhead(page, a1, ["携手推动侨联", "工作高质量发展"], c0!, first.end.y + 4, 11);
  const rest = setColumns(page, a1, s1.paragraphs.slice(1), [{ ...c0!, y: below + 4 }, c1!, c2!]);
  const end = [c0!, c1!, c2!][rest.end.column]!;
  flushRight(page, a1, "（作者为区侨联干部）", rest.end.y, end.x + end.width);

  // A sidebar in the fourth column: a tint behind it, a logo at its top, a frame round it.
  const x = MARGIN + 3 * (COLUMN + GUTTER);
  const frame = { x: x - 5, y: 52, w: COLUMN + 10, h: 348 };
  page.doc.image(
    flatPng(4, 4, () => [238, 232, 214]),
    frame.x,
    frame.y,
    { width: frame.w, height: frame.h },
  );
  page.doc.image(
    flatPng(40, 8, (px) => (px % 8 < 4 ? [160, 40, 40] : [200, 80, 60])),
    x,
    frame.y + 6,
    { width: COLUMN, height: 34 },
  );
  page.frame(frame.x, frame.y, frame.w, frame.h);
  const s2 = seed[2]!;
  const a2 = article(page, s2.title);
  const chars = Array.from(s2.title);
  let top = frame.y + 48;
  for (let i = 0; i < chars.length; i += 6) top = headline(page, a2, chars.slice(i, i + 6).join(""), x, top, 18) + 3;
  top = byline(page, a2, s2.byline!.raw, x, top + 6);
  setColumns(
    page,
    a2,
    [s2.paragraphs[0]!, s2.paragraphs[2]!],
    [{ x, y: top + 4, width: COLUMN, bottom: frame.y + frame.h - 8 }],
  );

  // A rule across the page; below it a vertical headline with the author's name stacked beside it.
  page.rule(MARGIN, 410, A4.width - 2 * MARGIN);
  const s3 = seed[1]!;
  const a3 = article(page, s3.title);
  const vx = A4.width - MARGIN - 20;
  verticalHeadline(page, a3, s3.title, vx, 425, 20);
  a3.byline = "戴柳君";
  Array.from(a3.byline).forEach((ch, i) => {
    a3.lines.push({ text: ch, box: page.text(ch, vx - 6 - BODY.size, 432 + i * (BODY.size + 1), "kai", BODY.size) });
  });
  setColumns(page, a3, s3.paragraphs, columns(425, 800, [0, 1, 2]));

  editor(page, "李明");
  page.furniture("制图：王芳", MARGIN, A4.height - 36, "hei", 8);
  return page;
}

/**
 * A page with a chart, on a page-sized background image (no photo): the author's name
 * letter-spaced under the headline (three pieces on one row); a chart across two columns at the
 * foot of the text with its source note under it, wider than a column (read after the columns
 * above it, not between them); a rule down the page between the story and a one-column story with
 * a photo and its caption (ending with the photographer's credit).
 */
function chartPage(): Page {
  const page = new Page(A4.width, A4.height);
  // The paper's tone drawn as an image under the whole page: no photo.
  page.doc.image(
    flatPng(2, 2, () => [250, 247, 240]),
    0,
    0,
    { width: A4.width, height: A4.height },
  );
  header(page, 6, "经济", "2023年2月27日 星期一");

  const s1 = seed[4]!;
  const a1 = article(page, s1.title);
  const title = headline(page, a1, s1.title, MARGIN, 56, 20);
  const middle = MARGIN + a1.lines[0]!.box[2] / 2;
  // Printed spaced out, read so (its reporter is 何文萍).
  a1.byline = "何 文 萍";
  Array.from("何文萍").forEach((ch, i) => {
    a1.lines.push({ text: ch, box: page.text(ch, middle - 31.5 + i * 27, title + 6, "kai", BODY.size) });
  });
  const top = title + 24;
  const chart: Box = [MARGIN + COLUMN + GUTTER, 312, spanWidth(2), 100];
  const [c0, c1, c2] = columns(top, 430, [0, 1, 2]);
  setColumns(page, a1, s1.paragraphs, [c0!, { ...c1!, bottom: chart[1] - 12 }, { ...c2!, bottom: chart[1] - 12 }]);
  page.doc.image(photoPng(), chart[0], chart[1], { width: chart[2], height: chart[3] });
  a1.photos.push(chart);
  const note = "数据来源：茂南区直机关工委2022年度党建考核";
  a1.paragraphs.push(note);
  a1.lines.push({ text: note, box: page.text(note, chart[0], chart[1] + chart[3] + 5, "hei", BODY.size - 1) });

  // A rule down the page; beyond it a story in one column with a photo and its caption.
  const x = MARGIN + 3 * (COLUMN + GUTTER);
  page.doc
    .moveTo(x - GUTTER / 2, 56)
    .lineTo(x - GUTTER / 2, 800)
    .lineWidth(0.6)
    .strokeColor("#333")
    .stroke();
  const s2 = seed[7]!;
  const a2 = article(page, s2.title);
  const chars = Array.from(s2.title);
  let y = 56;
  for (let i = 0; i < chars.length; i += 6) y = headline(page, a2, chars.slice(i, i + 6).join(""), x, y, 18) + 3;
  y = byline(page, a2, s2.byline!.raw, x, y + 6);
  const below = photo(
    page,
    a2,
    photoPng(),
    [x, y + 4, COLUMN, 80],
    "金塘镇首届篮球赛决赛现场，球员奋力拼抢。 通讯员 黄林明 摄",
  );
  setColumns(page, a2, s2.paragraphs.slice(0, 3), [{ x, y: below + 8, width: COLUMN, bottom: 800 }]);
  editor(page, "李明");
  return page;
}

/** A paragraph of the right column that ends in a line of at most this many characters (see below). */
const SHORT_LAST_LINE = 3;

/**
 * A commentary page's right column under a vertical headline (a real page's fault): the column's
 * text set beside the headline, then across its full width below it, down the page;
 * in that wide part a paragraph ends in a line of two or three characters, and the next one's
 * indented first line barely overlaps it. Read against that short line alone, the column broke
 * there, and its rest went by distance to the headline at the top left (the article on its left is
 * framed off). The story at the top left and the framed story under it set the same geometry.
 * Under the right column, a short item whose headline is set at 1.77 times the body (as on the
 * real pages: read as text under 1.8, the item joined the story above it).
 */
function columnEndPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 7, "理论", "2023年3月6日 星期一");
  const right = MARGIN + spanWidth(4);
  const wideX = MARGIN + 2 * (COLUMN + GUTTER);
  const wide = right - wideX;

  // Top left: a short headline over two columns.
  const s1 = seed[6]!;
  const a1 = article(page, "主动作为狠抓落实");
  let y = headline(page, a1, a1.title, MARGIN, 56, 22);
  y = byline(page, a1, s1.byline!.raw, MARGIN, y + 10);
  setColumns(page, a1, s1.paragraphs, columns(y + 4, 470, [0, 1]));

  // Right: a vertical headline with its author's name stacked beside it; the text beside the
  // headline, then the full width under it.
  const a2 = article(page, "读懂基层治理的新课题");
  const vx = right - 20;
  const vBottom = verticalHeadline(page, a2, a2.title, vx, 56, 20);
  a2.byline = "林思远";
  Array.from(a2.byline).forEach((ch, i) => {
    a2.lines.push({ text: ch, box: page.text(ch, vx - 6 - BODY.size, 63 + i * (BODY.size + 1), "kai", BODY.size) });
  });
  const rows = Math.ceil((vBottom - 56) / BODY.leading);
  const narrow: Column = {
    x: wideX,
    y: 56,
    width: vx - 18 - BODY.size - wideX,
    bottom: 56 + (rows - 1) * BODY.leading + BODY.size,
  };
  const below: Column = { x: wideX, y: 56 + rows * BODY.leading, width: wide, bottom: 800 };
  const short =
    "乡村振兴既要塑形，也要铸魂。基层干部走进田间地头，把群众的所思所盼写进工作台账，把一件件小事办成办好，群众才满意。";
  const set = setColumns(
    page,
    a2,
    [
      ...seed[3]!.paragraphs,
      short,
      "实践证明，只有坚持以人民为中心，把握好发展和治理的辩证关系，才能在新征程上走稳走实走好，不断书写新时代基层治理的新答卷。",
    ],
    [narrow, below],
  );
  const lastOfShort = a2.lines.findLast((l) => short.endsWith(l.text))!;
  if (Array.from(lastOfShort.text).length > SHORT_LAST_LINE || lastOfShort.box[0] !== wideX)
    throw new Error(
      `pdf-column-end: the paragraph no longer ends in a short line in the wide part (${lastOfShort.text})`,
    );
  flushRight(page, a2, "（作者为茂南区委党校教师）", set.end.y, right);

  // Bottom left: a framed story.
  page.frame(MARGIN - 5, 485, spanWidth(2) + 10, 327);
  const s3 = seed[5]!;
  const a3 = article(page, "两地侨联交流基层工作经验");
  y = headline(page, a3, a3.title, MARGIN, 495, 20);
  y = byline(page, a3, s3.byline!.raw, MARGIN, y + 8);
  setColumns(page, a3, s3.paragraphs, columns(y + 4, 800, [0, 1]));

  // Under the right column, a short item whose headline is set smaller than a story's: 1.77 times the body.
  const a4 = article(page, "茂南举办基层治理专题研讨会");
  y = headline(page, a4, a4.title, wideX, set.end.y + 40, 1.77 * BODY.size);
  setColumns(
    page,
    a4,
    [
      "本报讯日前，茂南区举办基层治理专题研讨会，来自各镇街的基层干部围绕网格化管理、矛盾纠纷化解等话题交流经验。",
      "与会者表示，将把研讨成果转化为工作举措，推动基层治理提质增效。",
    ],
    [{ x: wideX, y: y + 10, width: wide, bottom: 800 }],
  );
  editor(page, "李明");
  return page;
}

/**
 * Headlines centred over four columns and shorter than them, covering the outer columns only in
 * part (as on the real pages, whose outer columns went unassigned): at the top, a headline set into
 * its story, the first and last columns running down beside it from the page's top, their lines
 * set short beside it (the last column's five ems in: not paragraph starts), a subhead in the first
 * column reaching a little under the headline's end (no headline owns it: it continues its
 * column); under a rule
 * across the page (the headline above it closed off), a story whose headline covers a fifth of each
 * outer column.
 */
function centredHeadlinePage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 8, "理论", "2023年3月6日 星期一");
  // The headline set into its story: the first and last columns run down beside it from the top.
  const a1 = article(page, "关于推动基层治理现代化的几点认识");
  const size = 20;
  const middle = MARGIN + spanWidth(4) / 2;
  const titleWidth = page.doc.font("hei").fontSize(size).widthOfString(a1.title);
  let y = headline(page, a1, a1.title, middle - titleWidth / 2, 70, size);
  const name = page.doc.font("kai").fontSize(BODY.size).widthOfString("甘伯钧");
  y = byline(page, a1, "甘伯钧", middle - name / 2, y + 8);
  const [c0, c1, c2, c3] = columns(y + 8, 400);
  // Beside the headline the outer columns' lines are set short: the first column's end before
  // it, the last column's start five ems in, after it.
  const beside = Math.ceil((70 + size + 2 - 56) / BODY.leading);
  const under = 56 + beside * BODY.leading;
  const besideBottom = under - BODY.leading + BODY.size;
  const inset = 5 * BODY.size;
  const first = setColumns(page, a1, seed[0]!.paragraphs.slice(0, 1), [
    { ...c0!, y: 56, width: middle - titleWidth / 2 - 6 - c0!.x, bottom: besideBottom },
    { ...c0!, y: under },
  ]);
  // A subhead in the first column, its first line reaching a tenth of its width under the headline.
  const lines = ["把矛盾纠纷化解在基层", "筑牢治理根基"];
  const reach = c0!.x + (c0!.width + 11 * lines[0]!.length) / 2 - (middle - titleWidth / 2);
  if (reach <= 0 || reach >= 0.15 * 11 * lines[0]!.length)
    throw new Error(`pdf-centred-headline: the subhead reaches ${reach} pt under the headline`);
  const below = subhead(page, a1, lines, c0!, first.end.y + 4, 11);
  setColumns(
    page,
    a1,
    [...seed[0]!.paragraphs.slice(1), ...seed[1]!.paragraphs],
    [
      { ...c0!, y: below + 4 },
      c1!,
      c2!,
      { ...c3!, x: c3!.x + inset, y: 56, width: c3!.width - inset, bottom: besideBottom },
      { ...c3!, y: under },
    ],
  );
  if (middle + titleWidth / 2 + 6 > c3!.x + inset)
    throw new Error("pdf-centred-headline: the last column's inset is too small");

  page.rule(MARGIN, 415, spanWidth(4));
  const s2 = seed[3]!;
  const a2 = article(page, "让法治成为基层治理最坚实的保障力量");
  const width = page.doc.font("hei").fontSize(size).widthOfString(a2.title);
  const covered = MARGIN + COLUMN - (middle - width / 2);
  if (covered <= 0 || covered >= 0.3 * COLUMN)
    throw new Error(`pdf-centred-headline: the headline covers ${covered} pt of the outer columns`);
  y = headline(page, a2, a2.title, middle - width / 2, 430, size);
  const nameWidth = page.doc.font("kai").fontSize(BODY.size).widthOfString("韦思齐");
  y = byline(page, a2, "韦思齐", middle - nameWidth / 2, y + 8);
  const set = setColumns(page, a2, s2.paragraphs, columns(y + 8, 720));
  if (set.rest.length > 0 || set.end.column !== 3)
    throw new Error("pdf-centred-headline: the story should end in its fourth column");
  editor(page, "李明");
  return page;
}

/**
 * A page of a theory section's faults seen on real pages: several authors on one credit row, each
 * name in a cell as wide as a three-character one (a two-character name spaced to fill it, so its
 * characters are pieces of their own); a subtitle led by a dash whose digits are set in runs of
 * their own (`—— 2023 年…` in the text layer); a section banner standing over a headline within
 * the distance that stacks a headline's lines (no kicker: page furniture); and a book review whose
 * dash subtitle is set at a subhead's size over two lines, its reviewer's name under it.
 */
function reviewPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 9, "理论", "2023年3月13日 星期一");

  // Top: a title, a subtitle drawn in three runs, three authors on one row.
  const a1 = article(page, "基层治理提质增效", ["——2023年基层治理亮点回眸"]);
  let y = headline(page, a1, a1.title, MARGIN, 56, 22);
  const sub = 16.5;
  let x = MARGIN;
  y += 8;
  for (const run of ["——", "2023", "年基层治理亮点回眸"]) {
    const box = page.text(run, x, y, "hei", sub);
    a1.lines.push({ text: run, box });
    x += box[2] + 0.3 * sub;
  }
  y += sub + 10;
  a1.byline = "林远 黄嘉怡 周宁";
  const slot = BODY.size + 1.5;
  const names: [string, number][] = [
    ["林", 0],
    ["远", 2 * slot],
    ["黄嘉怡", 4 * slot],
    ["周", 8 * slot],
    ["宁", 10 * slot],
  ];
  // Drawn right to left, each piece a text run of its own (as the real pages' export gives them).
  for (const [text, dx] of [...names].reverse())
    a1.lines.push({ text, box: page.text(text, MARGIN + 60 + dx, y, "kai", BODY.size, { spacing: 1.5 }) });
  setColumns(
    page,
    a1,
    [
      "过去一年，各镇街把网格化管理落到实处，群众反映的问题件件有回音、事事有着落，基层治理的效能稳步提升。",
      ...seed[2]!.paragraphs,
    ],
    columns(y + BODY.leading + 4, 380),
  );

  // A section banner over the next story's headline: 50 pt above it (within 1.8 of its ems).
  const bannerText = "深入学习贯彻全会精神";
  const bannerSize = 18;
  const bannerWidth = page.doc.font("hei").fontSize(bannerSize).widthOfString(bannerText);
  page.furniture(bannerText, MARGIN + (spanWidth(2) - bannerWidth) / 2, 400, "hei", bannerSize);
  const a2 = article(page, "心有所戒行有所止");
  const titleSize = 28;
  const titleWidth = page.doc.font("hei").fontSize(titleSize).widthOfString(a2.title);
  y = headline(page, a2, a2.title, MARGIN + (spanWidth(2) - titleWidth) / 2, 400 + bannerSize + 50, titleSize);
  y = byline(page, a2, "邢立言", MARGIN + spanWidth(2) / 2 - 13.5, y + 8);
  setColumns(page, a2, seed[5]!.paragraphs, columns(y + 6, 800, [0, 1]));

  // A book review: a short headline, its dash subtitle over two lines at a subhead's size, the name.
  const rx = MARGIN + 2 * (COLUMN + GUTTER);
  const a3 = article(page, "读懂乡村振兴的实践逻辑", ["——《乡村振兴的实践与思考》简评"]);
  y = headline(page, a3, a3.title, rx, 468, 16.2);
  for (const [text, dx] of [
    ["——《乡村振兴的实践与", 10],
    ["思考》简评", 0],
  ] as const) {
    a3.lines.push({ text, box: page.text(text, rx + dx, y + 5, "hei", 13) });
    y += 13 + 4;
  }
  y = byline(page, a3, "苏青禾", rx + 60, y + 6);
  setColumns(
    page,
    a3,
    [
      "这部新著从一个个村庄的变化写起，把乡村振兴放在城乡关系的大格局中审视，读来既有泥土气息，又有理论深度。",
      "书中对产业、人才、文化、生态、组织五个方面的分析层层递进，为基层干部提供了可资借鉴的思路和方法。",
    ],
    columns(y + 6, 800, [2, 3]),
  );
  return page;
}

/** A paragraph's last line at the top of a column: at most this many characters (see below). */
const COLUMN_TOP_END = 3;

/**
 * A commentary under a column logo (as on the real pages' 新知新觉 pieces): the headline over the
 * four columns, the first column's text starting lower, under the logo; at the third column's top
 * a paragraph's last two or three characters, then a subhead. Read as columns of their own, that
 * short line and the subhead made the third column's text a block spanning two columns: a cut
 * read before everything under its top, so the fourth column came before the third and the first
 * column, starting lower, came last. Under the columns a drawing whose title and credit are
 * printed apart on one line.
 */
function columnLogoPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 9, "理论", "2023年3月13日 星期一");
  const a = article(page, "让数字乡村建设更好地惠及广大农民");
  const size = 22;
  const middle = MARGIN + spanWidth(4) / 2;
  const titleWidth = page.doc.font("hei").fontSize(size).widthOfString(a.title);
  let y = headline(page, a, a.title, middle - titleWidth / 2, 56, size);
  const nameWidth = page.doc.font("kai").fontSize(BODY.size).widthOfString("林知远");
  y = byline(page, a, "林知远", middle - nameWidth / 2, y + 8);
  const [c0, c1, c2, c3] = columns(y + 6, 300);
  // The column logo over the first column: low and wide, not a photo.
  const logo: Box = [c0!.x, c0!.y, COLUMN, 30];
  page.doc.image(
    flatPng(40, 8, (px) => (px % 8 < 4 ? [40, 90, 150] : [70, 120, 180])),
    logo[0],
    logo[1],
    { width: logo[2], height: logo[3] },
  );
  const first: Column = { ...c0!, y: logo[1] + logo[3] + 8 };
  const opening =
    "建设数字乡村，是推动城乡融合发展的重要抓手。近年来，不少地方把信息网络延伸到村头巷尾，让农产品搭上电商快车，让村民在家门口办成政务事项，乡村面貌为之一新。实践表明，数字技术用得好，就能为乡村全面振兴注入持久动力。";
  const long =
    "也要看到，数字乡村建设仍面临不少现实难题。一些地方重硬件投入、轻应用培育，设备建起来了却少有人用；一些村民缺少必要的数字技能，面对手机上的新服务无从下手；一些平台各自为政，数据难以互通共享，基层干部疲于在多个系统之间来回填报。破解这些难题，既要补齐网络基础设施短板，也要下功夫提升农民的数字素养，更要从群众需求出发设计应用场景，让数字技术真正融入生产生活，把好事办好、实事办实，使广大农民在数字化进程中有更多获得感和幸福感。";
  // The second paragraph fills the first two columns and ends in a short line at the third's top:
  // as much of `long` as the two columns hold (measured on a scratch page), then its end.
  const scratch = new Page(A4.width, A4.height);
  const fit = setColumns(scratch, article(scratch, ""), [opening, long], [first, c1!]);
  const printed = Array.from(long).length - Array.from(fit.rest[0] ?? "").length;
  const second = `${Array.from(long).slice(0, printed).join("")}见效。`;
  const set = setColumns(page, a, [opening, second], [first, c1!, { ...c2!, bottom: c2!.y + BODY.size }]);
  const top = a.lines.at(-1)!;
  if (set.rest.length > 0 || set.end.column !== 2 || Array.from(top.text).length > COLUMN_TOP_END)
    throw new Error(
      `pdf-column-logo: the second paragraph should end in a short line at the third column's top (${top.text})`,
    );
  const below = subhead(page, a, ["以应用为牵引"], c2!, top.box[1] + BODY.leading + 2, 11);
  const end = setColumns(
    page,
    a,
    [
      "以应用为牵引，关键是让农民用得上、用得起、用得好。要围绕种养管理、农产品销售、乡村治理等高频需求，开发界面简洁、操作方便的应用，把复杂的技术藏在后台，把便利留给群众。",
      "同时，要建好用好基层数字人才队伍。可以依托返乡青年、大学生村官和新型农业经营主体，开展常态化培训，让懂技术、爱农村的人留下来、干得好，带动更多村民跨越数字鸿沟。",
    ],
    [{ ...c2!, y: below + 4 }, c3!],
  );
  if (end.rest.length > 0 || end.end.column !== 1)
    throw new Error("pdf-column-logo: the story should end in its fourth column");
  // Under the columns a drawing, its title at the left under it and its credit far right (in
  // another face, drawn first as on the real page: drawn after the title, PDF.js bridges the gap
  // with a space item and the two read as one line): two items, read with one space between them.
  const drawing: Box = [c1!.x, 316, spanWidth(2), 90];
  page.doc.image(photoPng(), drawing[0], drawing[1], { width: drawing[2], height: drawing[3] });
  a.photos.push(drawing);
  const [title, credit] = ["秋收图", "林知远作（本报发）"];
  const captionY = drawing[1] + drawing[3] + 4;
  const creditWidth = page.doc
    .font("hei")
    .fontSize(BODY.size - 1)
    .widthOfString(credit);
  const creditX = drawing[0] + drawing[2] - creditWidth - 8;
  a.lines.push({ text: credit, box: page.text(credit, creditX, captionY, "hei", BODY.size - 1) });
  a.lines.push({ text: title, box: page.text(title, drawing[0] + 20, captionY, "kai", BODY.size - 1) });
  a.caption = `${title} ${credit}`;
  editor(page, "李明");
  return page;
}

/** An article that starts on page 1 and jumps to page 2 (下转第2版 / 上接第1版). */
/**
 * Two stories side by side whose headlines (and bylines) the export drew as one text run across
 * the columns: PDF.js gives each gap between the two as one whitespace item ~130 pt wide, which
 * joined the two headlines into one line (one story with both titles) before `wide-space.ts`.
 */
function wideSpacePage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 5, "城乡", "2023年3月2日 星期四");
  const [s1, s2] = [seed[3]!, seed[4]!];
  const a1 = article(page, "赴金秀交流对接");
  const a2 = article(page, "区直机关党建会");
  const right = MARGIN + 2 * (COLUMN + GUTTER);
  const titles = page.oneRun(
    [
      { text: a1.title, x: MARGIN },
      { text: a2.title, x: right },
    ],
    60,
    "hei",
    20,
  );
  a1.lines.push({ text: a1.title, box: titles[0]! });
  a2.lines.push({ text: a2.title, box: titles[1]! });
  const names = ["■通讯员梁宇", "■通讯员何文萍"];
  const bylines = page.oneRun(
    [
      { text: names[0]!, x: MARGIN },
      { text: names[1]!, x: right },
    ],
    90,
    "kai",
    BODY.size,
  );
  for (const [i, a] of [a1, a2].entries()) {
    a.byline = names[i]!;
    a.lines.push({ text: names[i]!, box: bylines[i]! });
  }
  setColumns(page, a1, s1.paragraphs.slice(0, 2), columns(108, 800, [0, 1]));
  setColumns(page, a2, s2.paragraphs.slice(0, 2), columns(108, 800, [2, 3]));
  editor(page, "周红");
  return page;
}

function jumpPages(): [Page, Page] {
  const s = seed[6]!;
  const front = new Page(A4.width, A4.height);
  header(front, 1, "要闻", "2023年2月27日 星期一");
  const a1 = article(front, s.title, s.subtitles);
  let y = headline(front, a1, s.title, MARGIN, 56, 18);
  y = headline(front, a1, s.subtitles[0]!, MARGIN, y + 8, 16.5);
  y = byline(front, a1, s.byline!.raw, MARGIN, y + 10);
  const bottom = 300;
  const set = setColumns(front, a1, s.paragraphs, columns(y + 4, bottom - BODY.leading, [0, 1]));
  jumpLine(front, a1, "（下转第2版）", bottom - BODY.leading + 2, MARGIN + spanWidth(2));

  const back = new Page(A4.width, A4.height);
  header(back, 2, "要闻", "2023年2月27日 星期一");
  const a2 = article(back, s.title);
  y = headline(back, a2, s.title, MARGIN, 56, 18);
  jumpLine(
    back,
    a2,
    "（上接第1版）",
    y + 6,
    MARGIN + back.doc.font("kai").fontSize(BODY.size).widthOfString("（上接第1版）"),
  );
  setColumns(back, a2, set.rest, columns(y + 24, 400), { continues: set.restContinues });
  return [front, back];
}

/** A scanned page: an image and no text layer. */
function scannedPage(): Page {
  const page = new Page(300, 420);
  page.doc.image(photoPng(), 10, 10, { width: 280, height: 400 });
  return page;
}

/**
 * A page whose font has no Unicode map: what it prints comes out of the text layer as private-use
 * code points (the seed's text shifted into U+E000–U+F8FF, drawn with the body font).
 */
function garbledPage(): Page {
  const page = new Page(300, 420);
  const garble = (text: string) =>
    Array.from(text)
      .map((ch) => String.fromCodePoint(0xe000 + ((ch.codePointAt(0) ?? 0) % 0x1800)))
      .join("");
  const lines = seed[0]!.paragraphs[0]!.match(/.{1,14}/gu) ?? [];
  lines.slice(0, 12).forEach((line, i) => {
    page.doc
      .font("hei")
      .fontSize(BODY.size)
      .text(garble(line), 20, 20 + i * BODY.leading, { lineBreak: false });
  });
  return page;
}

/** Every fixture the generator writes: folder name → its page. */
export function fixturePages(): Record<string, Page> {
  const [front, back] = jumpPages();
  return {
    "pdf-columns": columnsPage(),
    "pdf-photo-caption": photoPage(),
    "pdf-vertical-headline": verticalPage(),
    "pdf-jump-front": front,
    "pdf-jump-back": back,
    "pdf-theory-page": theoryPage(),
    "pdf-chart-note": chartPage(),
    "pdf-column-end": columnEndPage(),
    "pdf-centred-headline": centredHeadlinePage(),
    "pdf-review-bylines": reviewPage(),
    "pdf-column-logo": columnLogoPage(),
    "pdf-wide-space": wideSpacePage(),
    "pdf-scanned": scannedPage(),
    "pdf-garbled": garbledPage(),
  };
}
