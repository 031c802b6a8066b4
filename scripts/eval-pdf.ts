/**
 * `npm run eval:pdf`: the PDF parser on real pages against hand-checked gold files, one
 * `<pdf name>.json` per page in `FOLIO_PDF_GOLD` (default: the repository's `gold/pdf/`, sealed:
 * seals of the strings, no text of the pages; scripts/gold/pdf-gold.ts); the PDFs are found under
 * `FOLIO_PDFS` (default `../shared/pdfs/`). `npm run eval:pdf -- --draft <page.pdf>` prints a
 * draft gold file from the parser's output, to be checked by eye against the rendered page
 * (`pdftoppm -r 100 -png page.pdf out`) and corrected, kept outside the repository, and sealed into
 * gold/pdf/ (`npx tsx scripts/gold/seal-pdf.ts <plain dir> gold/pdf`).
 *
 * Prints per page and overall: articles found with their exact headline (kicker, title and
 * subtitles), paragraphs exact (where the gold lists them), captions, characters lost, characters
 * left unassigned, and the share of printed lines inside their own article's boxes (a line belongs
 * to the gold article whose hand-drawn region holds its middle).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParsedArticle } from "../src/bundle/schema";
import { checkConservation } from "../src/ingest/parse/conservation";
import { pageSource, printedLines } from "../src/ingest/pdf/parse-pdf-page";
import {
  type FoundArticle,
  foundHeadline,
  goldHeadline,
  type PdfGold,
  pdfGoldSchema,
  scorePdfArticle,
  unsealFromParsed,
} from "./gold/pdf-gold";
import { parse, PDF_DIR, pdfFiles } from "./gold/pdf-pages";

const GOLD_DIR = resolve(process.env.FOLIO_PDF_GOLD ?? fileURLToPath(new URL("../gold/pdf/", import.meta.url)));

function inside(boxes: readonly (readonly number[])[], x: number, y: number): boolean {
  return boxes.some(([bx, by, bw, bh]) => x >= bx! && x <= bx! + bw! && y >= by! && y <= by! + bh!);
}

const found = (a: ParsedArticle): FoundArticle => ({
  kicker: a.kicker,
  title: a.title,
  subtitles: a.subtitles,
  paragraphs: a.paragraphs,
  captions: (a.photos ?? []).flatMap((p) => (p.caption === null ? [] : [p.caption])),
});

async function draft(path: string): Promise<void> {
  const { page } = await parse(path);
  const gold: PdfGold = {
    pdf: basename(path),
    articles: page.articles.map((a) => ({
      ...(a.kicker === undefined ? {} : { kicker: a.kicker }),
      title: a.title,
      subtitles: a.subtitles,
      byline: a.byline?.raw ?? null,
      region: a.boxes ?? [],
      paragraphs: a.paragraphs,
      captions: (a.photos ?? []).flatMap((p) => (p.caption === null ? [] : [p.caption])),
    })),
  };
  process.stdout.write(`${JSON.stringify(gold, null, 2)}\n`);
}

interface Tally {
  articles: number;
  headlines: number;
  paragraphs: number;
  paragraphsExact: number;
  captions: number;
  captionsExact: number;
  characters: number;
  lost: number;
  unassigned: number;
  lines: number;
  linesInside: number;
}

async function evaluate(): Promise<void> {
  if (!existsSync(GOLD_DIR)) {
    console.error(`eval:pdf: no gold folder at ${GOLD_DIR} (set FOLIO_PDF_GOLD; see the README on making gold files)`);
    process.exitCode = 2;
    return;
  }
  const pdfs = new Map(pdfFiles(PDF_DIR).map((p) => [basename(p), p]));
  const goldFiles = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const total: Tally = {
    articles: 0,
    headlines: 0,
    paragraphs: 0,
    paragraphsExact: 0,
    captions: 0,
    captionsExact: 0,
    characters: 0,
    lost: 0,
    unassigned: 0,
    lines: 0,
    linesInside: 0,
  };
  const started = performance.now();
  for (const file of goldFiles) {
    const gold = pdfGoldSchema.parse(JSON.parse(readFileSync(join(GOLD_DIR, file), "utf8")));
    const sealed = gold.sealed === 1;
    const path = pdfs.get(gold.pdf);
    if (path === undefined) {
      console.log(`${file}: ${gold.pdf} not found under ${PDF_DIR}, skipped`);
      continue;
    }
    const { content, page } = await parse(path);
    const t: Tally = { ...total };
    for (const key of Object.keys(t) as (keyof Tally)[]) t[key] = 0;
    console.log(`\n== ${gold.pdf}: ${gold.articles.length} articles in the gold, ${page.articles.length} found`);
    // Each gold article's parsed counterpart: the same headline, else the article whose boxes hold
    // most of its region's lines.
    const { lines } = printedLines(content);
    const owner = (x: number, y: number) => gold.articles.findIndex((g) => inside(g.region, x, y));
    const matched: (ParsedArticle | undefined)[] = gold.articles.map((g, i) => {
      const same = page.articles.find((a) => foundHeadline(a, sealed) === goldHeadline(g));
      if (same) return same;
      const mine = lines.filter((l) => owner(l.box.x + l.box.w / 2, l.box.y + l.box.h / 2) === i);
      let best: ParsedArticle | undefined;
      let bestCount = 0;
      for (const a of page.articles) {
        const n = mine.filter((l) => inside(a.boxes ?? [], l.box.x + l.box.w / 2, l.box.y + l.box.h / 2)).length;
        if (n > bestCount) [best, bestCount] = [a, n];
      }
      return best;
    });
    const scores = gold.articles.map((g, i) => scorePdfArticle(g, matched[i] && found(matched[i]), sealed));
    // a sealed gold's strings in the output: unsealed from what the parser read (the seal if not there)
    const plain = sealed
      ? unsealFromParsed(
          gold.articles.flatMap((g, i) => [
            g.kicker ?? "",
            g.title,
            ...g.subtitles,
            ...scores[i]!.paragraphMisses,
            ...scores[i]!.captionMisses,
          ]),
          page.articles.map(found),
        )
      : new Map<string, string>();
    const show = (s: string) => plain.get(s) ?? s;
    gold.articles.forEach((g, i) => {
      const a = matched[i];
      const score = scores[i]!;
      t.articles++;
      if (score.headline) t.headlines++;
      const shown = goldHeadline({
        kicker: g.kicker && show(g.kicker),
        title: show(g.title),
        subtitles: g.subtitles.map(show),
      });
      const theirs = a ? goldHeadline(found(a)) : "nothing";
      console.log(`  ${score.headline ? "✓" : "✗"} ${shown}${score.headline ? "" : `   ← found: ${theirs}`}`);
      t.paragraphs += score.paragraphs;
      t.paragraphsExact += score.paragraphsExact;
      for (const p of score.paragraphMisses) console.log(`      paragraph not found exactly: ${show(p).slice(0, 40)}…`);
      t.captions += score.captions;
      t.captionsExact += score.captionsExact;
      for (const c of score.captionMisses) console.log(`      caption not found exactly: ${show(c)}`);
    });
    for (const line of lines) {
      const [x, y] = [line.box.x + line.box.w / 2, line.box.y + line.box.h / 2];
      const i = owner(x, y);
      if (i < 0) continue;
      t.lines++;
      if (inside(matched[i]?.boxes ?? [], x, y)) t.linesInside++;
    }
    const source = pageSource(lines);
    const lost = checkConservation(source, page);
    t.characters = source.replace(/\s+/gu, "").length;
    t.lost = lost.missing.length;
    t.unassigned = page.unassigned.reduce((n, u) => n + u.text.replace(/\s+/gu, "").length, 0);
    print("  ", t);
    for (const key of Object.keys(t) as (keyof Tally)[]) total[key] += t[key];
  }
  console.log(`\n== all ${goldFiles.length} pages (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  print("", total);
}

function pct(n: number, d: number): string {
  return d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`;
}

function print(indent: string, t: Tally): void {
  console.log(
    [
      `${indent}articles with their exact headline: ${t.headlines}/${t.articles} (${pct(t.headlines, t.articles)})`,
      `${indent}paragraphs exact: ${t.paragraphsExact}/${t.paragraphs} (${pct(t.paragraphsExact, t.paragraphs)})`,
      `${indent}captions exact: ${t.captionsExact}/${t.captions} (${pct(t.captionsExact, t.captions)})`,
      `${indent}characters lost: ${t.lost} of ${t.characters}; left unassigned (with a warning): ${t.unassigned}`,
      `${indent}printed lines inside their own article's boxes: ${t.linesInside}/${t.lines} (${pct(t.linesInside, t.lines)})`,
    ].join("\n"),
  );
}

const args = process.argv.slice(2);
if (args[0] === "--draft") {
  if (args[1] === undefined) {
    console.error("usage: npm run eval:pdf -- --draft <page.pdf>");
    process.exitCode = 2;
  } else await draft(args[1]);
} else await evaluate();
