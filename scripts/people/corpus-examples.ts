import type { PeopleSource } from "../../src/ingest/people/extract-people";
import type { GoldArticle } from "../pfr/read-articles-jsonl";
import { sentenceFeatures, toTaggerInput } from "../../src/ingest/people/tagger/char-features";
import type { Lexicons } from "../../src/ingest/people/tagger/lexicons";
import { spansToTags } from "../../src/ingest/people/tagger/tags";
import type { TrainingExample } from "../../src/ingest/people/tagger/training-data";
import type { PfrArticle, PfrParagraph } from "../pfr/read-pfr";

/** A run of days of January 1998, first and last included. */
export type DayRange = readonly [number, number];

/**
 * `1-20` → [[1, 20]], `1-5,11-20` → [[1, 5], [11, 20]], `7` → [[7, 7]]: the days of January 1998 to
 * use. A list of runs lets a fold train on 15 days around the 5 it is evaluated on.
 */
export function parseDays(spec: string): DayRange[] {
  const ranges = spec.split(",").map((part): DayRange => {
    const m = /^(\d{1,2})(?:-(\d{1,2}))?$/u.exec(part.trim());
    if (m === null) throw new Error(`days must be like 1-20 or 1-5,11-20, not "${spec}"`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 31 || from > to) throw new Error(`days ${part} are not within 1-31`);
    return [from, to];
  });
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]![0] <= sorted[i - 1]![1]) throw new Error(`days ${spec} overlap`);
  }
  return sorted;
}

/** The last day of the runs: whether any report day (past day 20) is among them. */
export function lastDay(ranges: readonly DayRange[]): number {
  return Math.max(...ranges.map((r) => r[1]));
}

export function articlesOfDays<A extends { date: string }>(articles: readonly A[], ranges: readonly DayRange[]): A[] {
  return articles.filter((a) => {
    const day = Number(a.date.slice(6, 8));
    return ranges.some(([from, to]) => day >= from && day <= to);
  });
}

/**
 * Lexicon folds: a training sentence sees word lists built without its own fold, as an unseen page
 * would. Were its own names in the list, the tagger would learn to trust the list alone.
 */
export const LEXICON_FOLDS = 5;

/** One paragraph as a training example: UTF-16 gold spans mapped to character positions. */
export function paragraphExample(paragraph: PfrParagraph, lexicons: Lexicons): TrainingExample {
  const input = toTaggerInput(paragraph.text);
  const position = new Map<number, number>();
  for (let i = 0; i <= input.chars.length; i++) position.set(input.offsets[i]!, i);
  const spans = paragraph.spans.map((s) => ({ start: position.get(s.start)!, end: position.get(s.end)! }));
  return { features: sentenceFeatures(input, lexicons), tags: spansToTags(input.chars.length, spans) };
}

export function trainingExamples(
  articles: readonly PfrArticle[],
  foldLexicons: readonly Lexicons[],
): TrainingExample[] {
  const examples: TrainingExample[] = [];
  articles.forEach((article, i) => {
    const lexicons = foldLexicons[i % foldLexicons.length]!;
    for (const p of article.paragraphs) if (p.text.length > 0) examples.push(paragraphExample(p, lexicons));
  });
  return examples;
}

/** A gold article as the parser would hand it over: first paragraph the title, no byline line. */
export function pfrSource(a: Pick<GoldArticle, "paragraphs">): PeopleSource {
  const [title = "", ...paragraphs] = a.paragraphs;
  return { title, subtitles: [], byline: null, paragraphs, caption: null };
}
