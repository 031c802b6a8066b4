/**
 * Reads the PFR annotated corpus (`pfr-199801.txt`) into articles with gold person spans, the same
 * way `shared/corpus/make-gold.py` makes `pfr-199801.articles.jsonl`, for training the people
 * tagger. The reading itself is the importer's: `parsePfrLine` for the tokens and `personSpans`
 * (the corpus's name grouping, `name-tokens.ts`) for the people; this file only groups paragraphs
 * into articles. Benchmark code: it runs on the corpus, which never enters the repository.
 */
import { parsePfrLine } from "../../src/ingest/pfr/pfr-line";
import { personSpans, type PersonSpan } from "../../src/ingest/pfr/person-spans";

export type GoldSpan = PersonSpan;

export interface PfrParagraph {
  text: string;
  spans: GoldSpan[];
  /** The segmented words with their part-of-speech tags (`nr` person, `ns` place, `nt` organisation…). */
  words: { word: string; tag: string }[];
}

export interface PfrArticle {
  /** date-page-article, e.g. `19980101-01-001`. */
  id: string;
  /** YYYYMMDD, as in the corpus's ids. */
  date: string;
  page: number;
  paragraphs: PfrParagraph[];
}

/** The whole corpus file → articles in file order. Throws on a line without a PFR id. */
export function readPfr(source: string): PfrArticle[] {
  const articles = new Map<string, PfrArticle>();
  source.split("\n").forEach((raw, i) => {
    const line = parsePfrLine(raw);
    if (line.kind === "blank") return;
    if (line.kind === "bad-id") throw new Error(`line ${i + 1}: not a PFR line: ${line.message}`);
    const { id, tokens, text } = line;
    // `19980101-01-001-002/m` → the article `19980101-01-001`.
    const key = id.raw.slice(0, id.raw.lastIndexOf("-"));
    let article = articles.get(key);
    if (article === undefined) {
      article = { id: key, date: id.date.replaceAll("-", ""), page: id.page, paragraphs: [] };
      articles.set(key, article);
    }
    const words = tokens.map(({ word, tag }) => ({ word, tag }));
    article.paragraphs.push({ text, spans: personSpans(tokens), words });
  });
  return [...articles.values()];
}

/** Distinct person names of an article in order of first mention; `inCompound` ones apart. */
export function goldPersons(article: PfrArticle): { persons: string[]; inCompound: string[] } {
  const persons = new Set<string>();
  const inCompound = new Set<string>();
  for (const p of article.paragraphs) {
    for (const s of p.spans) {
      const name = p.text.slice(s.start, s.end);
      persons.add(name);
      if (s.inCompound) inCompound.add(name);
    }
  }
  return { persons: [...persons], inCompound: [...inCompound] };
}
