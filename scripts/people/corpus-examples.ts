import { sentenceFeatures, toTaggerInput } from "../../src/ingest/people/tagger/char-features";
import type { Lexicons } from "../../src/ingest/people/tagger/lexicons";
import { spansToTags } from "../../src/ingest/people/tagger/tags";
import type { TrainingExample } from "../../src/ingest/people/tagger/training-data";
import type { PfrArticle, PfrParagraph } from "../pfr/read-pfr";

/** `1-20` → [1, 20]: the days of January 1998 to use. */
export function parseDays(spec: string): [number, number] {
  const m = /^(\d{1,2})-(\d{1,2})$/u.exec(spec);
  if (m === null) throw new Error(`days must be like 1-20, not "${spec}"`);
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from < 1 || to > 31 || from > to) throw new Error(`days ${spec} are not within 1-31`);
  return [from, to];
}

export function articlesOfDays<A extends { date: string }>(articles: readonly A[], [from, to]: [number, number]): A[] {
  return articles.filter((a) => {
    const day = Number(a.date.slice(6, 8));
    return day >= from && day <= to;
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
