import { everyOccurrenceInsideWorkTitles } from "./work-title";

/**
 * A plain name printed only inside a work's title marks, and not one the model knows as a person's,
 * is part of the title: `《满江红》` (a tune, rmrb-web dev1), `《安国夫人》` and `《家道颖颖》` (a play and
 * a series, dev4: 安国 and 道颖颖 read out of them). Names of people in titles are mostly of known
 * people (`《邓小平文选》`, `《焦裕禄》`), which the caller keeps (not-persons.ts keeps every name the
 * model knows), and the rmrb-web guidelines take any name inside a title as optional. A single
 * mention outside the marks makes it a name again. Dotted names: work-title.ts.
 */
export function unknownNameOnlyInWorkTitles(text: string, name: string): boolean {
  return !name.includes("·") && everyOccurrenceInsideWorkTitles(text, name);
}
