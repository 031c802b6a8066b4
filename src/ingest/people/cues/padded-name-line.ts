import { loneNameCreditSpan, MAX_HEADING_LENGTH } from "./lone-name-credit";

/**
 * Chinese typesetting pads a two-character name to the width of three (`宁  静`, `李  御`): a line
 * that is two Han characters with spaces between them is set as a name. The padding is the
 * evidence, so a name that is also a word (宁静 "quiet") is read where the tagger, seeing the word,
 * finds none. Where the paper sets a writer's name under a piece's heading (see `loneNameCreditSpan`;
 * also a heading that ends in a quote mark, `雪中的“飞手”`) such a line is the writer's credit. Right
 * under the title it is left to the author-line cue, which refuses words: a padded word there heads a
 * letter (`贺  信`) as often. A short heading is padded the same way
 * (`芭  茅` heading an essay on plants): the text under a heading goes on to name what it heads, a
 * writer's text does not name its writer, so a padded line the next paragraphs write again is a
 * heading, neither a credit nor an author line. So is a padded line where no writer's name is set,
 * between two paragraphs of text (`抓  捕` heading a part of a report, which the tagger read alone as
 * a name): it is read as neither text nor credit.
 */
const PADDED = /^(\p{Script=Han})[ \u3000\u00a0]{1,3}(\p{Script=Han})$/u;
/** Paragraphs after a padded line that are searched for its two characters (a heading's text names it at once). */
export const HEADING_ECHO_PARAGRAPHS = 3;

/** The two characters of a padded two-character line (`宁  静` → 宁静), or null. */
export function paddedName(line: string): string | null {
  const match = PADDED.exec(line.trim());
  return match === null ? null : match[1]! + match[2]!;
}

export type PaddedLine = { kind: "credit"; name: string } | { kind: "heading" };

/**
 * How paragraph `i` reads when it is a padded line: a writer's credit or a heading; null when it is
 * no padded line or the last one. `raw` keeps the spaces, `flat` is the same paragraphs as read (padded lines closed up).
 */
export function paddedLine(raw: readonly string[], flat: readonly string[], i: number): PaddedLine | null {
  const name = paddedName(raw[i]!);
  // a heading is never last: a padded last line is left to the tagger, as unpadded text
  if (name === null || (i > 0 && i === raw.length - 1)) return null;
  if (flat.slice(i + 1, i + 1 + HEADING_ECHO_PARAGRAPHS).some((p) => p.includes(name))) return { kind: "heading" };
  // under the title a padded word is a heading as often (`贺  信` over a letter): the author-line cue decides there
  if (i === 0) return null;
  return loneNameCreditSpan(flat, i) !== null || isQuotedHeading(flat[i - 1]!)
    ? { kind: "credit", name }
    : { kind: "heading" };
}

/** A heading that ends in a closing quote mark with no sentence inside (`雪中的“飞手”`). */
function isQuotedHeading(text: string): boolean {
  const chars = Array.from(text.trim());
  return (
    chars.length <= MAX_HEADING_LENGTH &&
    (chars.at(-1) === "”" || chars.at(-1) === "’") &&
    !/[。！？；：…，]/u.test(chars.slice(0, -1).join(""))
  );
}
