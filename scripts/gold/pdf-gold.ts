/**
 * eval:pdf's gold files (one `<pdf name>.json` per page, made as README "PDF pages" says) and how an
 * article is compared with them. A sealed file (what the repository holds in gold/pdf/) has
 * `"sealed": 1` and every string (kicker, title, subtitles, byline, paragraphs, captions) replaced
 * by its seal (scripts/gold/seal.ts); region boxes stay numbers. The eval compares by seal and
 * unseals its error output from the page's printed lines.
 */
import * as z from "zod/mini";
import { seal, unseal, withoutSpaces } from "./seal";

const box = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export const pdfGoldSchema = z.object({
  pdf: z.string(),
  sealed: z.optional(z.literal(1)),
  articles: z.array(
    z.object({
      kicker: z.optional(z.string()),
      title: z.string(),
      subtitles: z.array(z.string()),
      byline: z.optional(z.nullable(z.string())),
      /** The article's region on the page, drawn by hand (PDF points from the top-left corner). */
      region: z.array(box),
      paragraphs: z.optional(z.array(z.string())),
      captions: z.optional(z.array(z.string())),
    }),
  ),
});
export type PdfGold = z.infer<typeof pdfGoldSchema>;
export type PdfGoldArticle = PdfGold["articles"][number];

/** Most consecutive parsed paragraphs joined when unsealing a gold paragraph the parser split. */
export const UNSEAL_RUN = 4;
/** Longest part of a parsed string tried when unsealing a short string (a byline, a caption). */
export const UNSEAL_SHORT_MAX_LEN = 80;

/** A string as compared: its seal for a sealed gold; the empty string stays empty (no kicker). */
export const compared = (sealed: boolean) => (text: string) => (!sealed || text === "" ? text : seal(text));

/** What the parser found for one article, as the gold is compared with it. */
export interface FoundArticle {
  kicker?: string | undefined;
  title: string;
  subtitles: readonly string[];
  paragraphs: readonly string[];
  captions: readonly string[];
}

/** Kicker, title and subtitles, joined: the gold's (sealed or plain) as written. */
export function goldHeadline(g: { kicker?: string | undefined; title: string; subtitles: readonly string[] }): string {
  return [g.kicker ?? "", g.title, ...g.subtitles].join(" / ");
}

/** A found article's headline in the gold's form (each part sealed for a sealed gold). */
export function foundHeadline(a: Pick<FoundArticle, "kicker" | "title" | "subtitles">, sealed: boolean): string {
  const c = compared(sealed);
  return goldHeadline({ kicker: c(a.kicker ?? ""), title: c(a.title), subtitles: a.subtitles.map(c) });
}

export interface PdfArticleScore {
  headline: boolean;
  paragraphs: number;
  paragraphsExact: number;
  captions: number;
  captionsExact: number;
  /** Gold paragraphs and captions not found exactly, as the gold writes them (seals for a sealed gold). */
  paragraphMisses: string[];
  captionMisses: string[];
}

/** One gold article against its parsed counterpart (undefined: none). */
export function scorePdfArticle(g: PdfGoldArticle, a: FoundArticle | undefined, sealed: boolean): PdfArticleScore {
  const c = compared(sealed);
  const paragraphs = new Set((a?.paragraphs ?? []).map(c));
  const captions = new Set((a?.captions ?? []).map(c));
  const paragraphMisses = (g.paragraphs ?? []).filter((p) => !paragraphs.has(p));
  const captionMisses = (g.captions ?? []).filter((p) => !captions.has(p));
  return {
    headline: a !== undefined && foundHeadline(a, sealed) === goldHeadline(g),
    paragraphs: g.paragraphs?.length ?? 0,
    paragraphsExact: (g.paragraphs?.length ?? 0) - paragraphMisses.length,
    captions: g.captions?.length ?? 0,
    captionsExact: (g.captions?.length ?? 0) - captionMisses.length,
    paragraphMisses,
    captionMisses,
  };
}

const strings = (g: PdfGoldArticle): string[] =>
  [g.kicker ?? "", g.title, ...g.subtitles, g.byline ?? "", ...(g.paragraphs ?? []), ...(g.captions ?? [])].filter(
    (s) => s.length > 0,
  );

/**
 * Is the string printed on the page? Spaces removed, it is inside one printed line, or it is the end
 * of a line, then whole lines, then the start of a line, in any order of the lines (a paragraph
 * runs on in another column); a mistyped character inside a line fails.
 */
export function onPage(text: string, pageLines: readonly string[]): boolean {
  const t = withoutSpaces(text);
  const lines = [...new Set(pageLines.map(withoutSpaces).filter((l) => l.length > 0))];
  if (t.length === 0 || lines.some((l) => l.includes(t))) return true;
  const reach = new Set<number>();
  for (const l of lines) for (let k = 1; k < l.length; k++) if (t.startsWith(l.slice(k))) reach.add(l.length - k);
  for (const l of lines) if (t.startsWith(l)) reach.add(l.length);
  const todo = [...reach];
  while (todo.length > 0) {
    const pos = todo.pop()!;
    const rest = t.slice(pos);
    if (rest.length === 0) return true;
    for (const l of lines) {
      if (l.startsWith(rest)) return true;
      if (rest.startsWith(l) && !reach.has(pos + l.length)) {
        reach.add(pos + l.length);
        todo.push(pos + l.length);
      }
    }
  }
  return false;
}

/**
 * The sealed form of a plain gold file, checking that every string is on the page (its printed
 * lines, spaces removed); a string that is not is an error naming the file and the string's seal.
 */
export function sealPdfGold(gold: PdfGold, pageLines: readonly string[], source: string): PdfGold {
  if (gold.sealed === 1) throw new Error(`${source}: sealed already`);
  for (const s of gold.articles.flatMap(strings))
    if (!onPage(s, pageLines))
      throw new Error(`${source}: the string sealed ${seal(s)} is not on the page ${gold.pdf}`);
  const c = compared(true);
  return {
    pdf: gold.pdf,
    sealed: 1,
    articles: gold.articles.map((g) => ({
      ...(g.kicker === undefined ? {} : { kicker: c(g.kicker) }),
      title: c(g.title),
      subtitles: g.subtitles.map(c),
      ...(g.byline === undefined ? {} : { byline: g.byline === null ? null : c(g.byline) }),
      region: g.region,
      ...(g.paragraphs === undefined ? {} : { paragraphs: g.paragraphs.map(c) }),
      ...(g.captions === undefined ? {} : { captions: g.captions.map(c) }),
    })),
  };
}

/**
 * Plain text for seals, from what the parser read on the page: its strings, runs of consecutive
 * paragraphs (a paragraph it split), the starts and ends of its strings (strings it joined),
 * then short parts of its strings. A seal not found maps to nothing.
 */
export function unsealFromParsed(seals: Iterable<string>, articles: readonly FoundArticle[]): Map<string, string> {
  const wanted = new Set(seals);
  const found = new Map<string, string>();
  const tryText = (text: string) => {
    const s = seal(text);
    if (wanted.has(s) && !found.has(s)) found.set(s, text);
  };
  const all: string[] = [];
  for (const a of articles) {
    const parts = [a.kicker ?? "", a.title, ...a.subtitles, ...a.captions].filter((x) => x.length > 0);
    all.push(...parts, ...a.paragraphs);
    a.paragraphs.forEach((_, i) => {
      for (let j = i + 1; j <= Math.min(a.paragraphs.length, i + UNSEAL_RUN); j++)
        tryText(a.paragraphs.slice(i, j).join(""));
    });
    for (const p of [...parts, ...a.paragraphs]) {
      tryText(p);
      for (let k = 1; k < p.length; k++) {
        tryText(p.slice(0, k));
        tryText(p.slice(k));
      }
    }
    if (found.size === wanted.size) return found;
  }
  const rest = [...wanted].filter((s) => !found.has(s));
  if (rest.length > 0) for (const [s, text] of unseal(rest, all.join("\n"), UNSEAL_SHORT_MAX_LEN)) found.set(s, text);
  return found;
}
