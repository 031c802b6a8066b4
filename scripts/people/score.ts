/**
 * Article-level scoring of people extraction. Convention:
 * - unit: the set of distinct person names of an article (a name counts once however often it
 *   appears), compared as exact strings;
 * - "full names": names of two or more characters. One-character gold names are surnames standing
 *   for a person (王大爷, 江主席): they are left out of the gold set, and one-character predictions
 *   (the extractor makes none) would not count either;
 * - names the gold lists in `persons_in_compound` (seen inside an organisation or place compound:
 *   宋庆龄基金会) are optional: predicting one is not a false positive, missing one is not a miss.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore extends Counts {
  falsePositives: string[];
  falseNegatives: string[];
}

export const FULL_NAME_MIN_LENGTH = 2;

export function isFullName(name: string): boolean {
  return Array.from(name).length >= FULL_NAME_MIN_LENGTH;
}

export function scoreArticle(
  predicted: readonly string[],
  gold: readonly string[],
  optional: readonly string[],
  keep: (name: string) => boolean = isFullName,
): ArticleScore {
  const want = new Set(gold.filter(keep));
  const maybe = new Set(optional);
  const got = new Set(predicted.filter(keep));
  const falsePositives = [...got].filter((n) => !want.has(n) && !maybe.has(n));
  const falseNegatives = [...want].filter((n) => !got.has(n) && !maybe.has(n));
  const tp = [...got].filter((n) => want.has(n)).length;
  return { tp, fp: falsePositives.length, fn: falseNegatives.length, falsePositives, falseNegatives };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
