/**
 * A title or description printed in quotes right before a name (`“最美医生”刘小丽`) is the person's
 * role, as the gold writes it without the quotes: an honour the paper gives in quotes is still what the
 * person is called. The readers stop at the closing quote, a punctuation mark, and the name had no
 * role. The quoted words must be read whole as one title or description (`titlesEndingAt`,
 * `descriptionEndingAt` at the closing quote), starting right after the opening quote; a quoted
 * phrase that is anything else (a slogan, a nickname) gives nothing. Found in audit 7 (session 36, rmrb39).
 */
/** Longest quoted role read, in characters (最美医生 is 4; a slogan is longer). */
export const MAX_QUOTED_ROLE = 10;
const OPEN = "“";
const CLOSE = "”";

/** The role in quotes right before a name starting at `nameStart`, or null. */
export function quotedRoleBefore(
  chars: readonly string[],
  nameStart: number,
  titlesEndingAt: (end: number) => string[],
  descriptionEndingAt: (end: number) => string | null,
): string | null {
  const close = nameStart - 1;
  if (chars[close] !== CLOSE) return null;
  let open = close - 1;
  while (open >= 0 && chars[open] !== OPEN && close - open <= MAX_QUOTED_ROLE) open--;
  if (open < 0 || chars[open] !== OPEN || open === close - 1) return null;
  const length = close - open - 1;
  const fills = (role: string | null | undefined) =>
    role !== null && role !== undefined && Array.from(role).length === length;
  const titles = titlesEndingAt(close);
  if (titles.length === 1 && fills(titles[0])) return titles[0]!;
  const description = descriptionEndingAt(close);
  return fills(description) ? description : null;
}
