/**
 * The roles that fill a stretch of text exactly: a 、 chain of titles ending at the stretch's end, or
 * a description there with the posts chained before it (`chainBeforeDescription`), read as the title
 * parser reads them before a name. Every character of the stretch must be a role or a 、 between two,
 * so a stretch that holds anything else (a verb, an age, a place alone) gives nothing. Used where a
 * sentence prints a person's posts after the name: in a bracket (`bracketed-titles.ts`) and after 是
 * (`copula-titles.ts`).
 */
import { chainBeforeDescription } from "./chained-description";

/**
 * The roles filling `start`…`end` in text order, or an empty list. `titlesEndingAt(end)` reads the
 * titles (a 、 chain) ending at a position, `descriptionEndingAt(end)` a description ending there.
 */
export function rolesSpanning(
  chars: readonly string[],
  start: number,
  end: number,
  titlesEndingAt: (end: number) => string[],
  descriptionEndingAt: (end: number) => string | null,
): string[] {
  if (end <= start) return [];
  const length = (items: readonly string[]) => items.reduce((n, item) => n + Array.from(item).length, 0);
  // every item must be read, with a 、 between each two: the roles cover the stretch exactly
  const covers = (items: readonly string[]) => items.length > 0 && length(items) + items.length - 1 === end - start;
  const titles = titlesEndingAt(end);
  if (titles.length > 0) return covers(titles) ? titles : [];
  const description = descriptionEndingAt(end);
  if (description === null) return [];
  const descriptionStart = end - Array.from(description).length;
  const roles = [...chainBeforeDescription(chars, descriptionStart, titlesEndingAt, descriptionEndingAt), description];
  return covers(roles) ? roles : [];
}
