/**
 * Reads `pfr-199801.articles.jsonl` (made by shared/corpus/make-gold.py): one article per line with
 * its paragraphs and gold persons. The benchmark scores against this file, as the corpus README
 * says; `read-pfr.ts` reproduces it from the tagged text for training (checked identical).
 */
export interface GoldArticle {
  id: string;
  date: string;
  page: number;
  paragraphs: string[];
  persons: string[];
  personsInCompound: string[];
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

export function readArticlesJsonl(source: string): GoldArticle[] {
  return source
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const r = JSON.parse(line) as Record<string, unknown>;
      const { id, date, page, paragraphs, persons } = r;
      const inCompound = r.persons_in_compound;
      if (
        typeof id !== "string" ||
        typeof date !== "string" ||
        typeof page !== "number" ||
        !isStrings(paragraphs) ||
        !isStrings(persons) ||
        !isStrings(inCompound)
      ) {
        throw new Error(
          `line ${i + 1}: not an article record (id, date, page, paragraphs, persons, persons_in_compound)`,
        );
      }
      return { id, date, page, paragraphs, persons, personsInCompound: inCompound };
    });
}
