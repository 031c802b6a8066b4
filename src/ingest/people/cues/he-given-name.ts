import type { TaggedText } from "../mentions";

/**
 * A given name ending in 和 (魏某和): 和 is also "and", so the tagger and the edge checks end such a
 * two-character-read name before it (`NOT_LAST`), and a whole reading beside a cut one is cut back
 * (`trimAffixedNames`). The article decides: where the same surname-and-one-character run is
 * followed by 和 and then by what never follows the conjunction, a mark that closes the item or the
 * clause (、 ，), a speech verb (说) or a day's date (17日), 和 is the name's own, and every
 * mention of the run written before 和 in the article takes it. Found on dev9 (session 39, rmrb57):
 * a minister's `某某和17日在京与…`; the pool writes the same name before 、, 说, ， and a date.
 */
/** The character read as a conjunction after a name. */
export const HE = "和";
/** The cut name's length: a surname and one character (the full name has three). */
export const CUT_LENGTH = 2;
/** What follows 和 only when 和 ends a name: an item's or a clause's close, or a speech verb. */
export const NOT_AFTER_CONJUNCTION = "、，说";
/** A day's date after 和: one or two digits, then 日. */
const DAY_DIGITS = /^[0-9０-９]$/u;
const DAY = "日";
/** Most digits of a day of the month. */
const MAX_DAY_DIGITS = 2;

/** Whether what stands at `at` (just after 和) shows 和 ended a name: see `NOT_AFTER_CONJUNCTION`. */
export function closesNameAfterHe(chars: readonly string[], at: number): boolean {
  const next = chars[at];
  if (next === undefined) return false;
  if (NOT_AFTER_CONJUNCTION.includes(next)) return true;
  let k = at;
  while (k < chars.length && k - at < MAX_DAY_DIGITS && DAY_DIGITS.test(chars[k]!)) k++;
  return k > at && chars[k] === DAY;
}

/** Mentions of a two-character run written before 和, extended over it when the article shows 和 is the name's. */
export function extendHeGivenNames(texts: readonly TaggedText[]): void {
  const shown = new Set<string>();
  for (const t of texts)
    for (const m of t.mentions)
      if (m.end - m.start === CUT_LENGTH && t.chars[m.end] === HE && closesNameAfterHe(t.chars, m.end + 1))
        shown.add(m.name);
  if (shown.size === 0) return;
  for (const t of texts)
    for (const m of t.mentions) {
      if (m.end - m.start !== CUT_LENGTH || t.chars[m.end] !== HE || !shown.has(m.name)) continue;
      if (t.mentions.some((o) => o !== m && o.start <= m.end && m.end < o.end)) continue;
      m.end += 1;
      m.name += HE;
    }
}
