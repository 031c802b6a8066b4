import { ITEM_END, LIST_SEPARATOR, MAX_ITEM_LENGTH } from "./list-cue";
import { candidateLengths } from "./name-shape";

/**
 * The last item of a 、 list of names that runs on into the sentence's verb (`甲某某和乙某某、丙某某相继
 * 到达`): list-cue.ts reads an item up to the next 、 or mark, so the last one, with its predicate
 * after it and no mark, is never an item there, and the tagger, seeing a name glued to a verb, gives
 * it little (fold 2: 0.018 for a well-known name after two sure ones). Where the items before the
 * 、 are sure names, `MIN_SURE_ITEMS` of them, the name-shaped reading right after it is a name
 * slot: the likeliest Chinese name of `MIN_NAME_LENGTH`–`MAX_NAME_LENGTH` characters whose end makes
 * no word with the next character is added if the tagger gives it `LIST_END_MIN_PROBABILITY`
 * (apply-cues.ts, with the usual edge checks).
 */
/**
 * Sure names the list must hold before the 、, back to where the list starts: with one, `甲某、乙地`
 * pairs a name with anything (a place, a work) as often as with a name.
 */
export const MIN_SURE_ITEMS = 2;
/** Name lengths the slot reads: a surname and one or two characters (no compound surname's four). */
export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 3;
/** How sure the tagger must be of the slot's name (fold 2: 0.018 for the name glued to 相继). */
export const LIST_END_MIN_PROBABILITY = 0.01;

/**
 * Of the slot's lengths, the longest after which the sentence goes on with a word (`相继`, `如今`) or
 * a mark: the item runs on into its predicate, so a reading cut one short (甲某|某相继) leaves a
 * character that starts no word, or one that starts a word with the name's own last (某相). The
 * name's end making a word with the next character (时相) is no veto here: the list vouches for the
 * name. `isWord`: the dictionaries' words.
 */
export function lengthsBeforeWord(
  chars: readonly string[],
  start: number,
  lengths: readonly number[],
  isWord: (w: string) => boolean,
): number[] {
  const fit = lengths.filter((n) => {
    const next = chars[start + n];
    if (next === undefined || !/^\p{Script=Han}$/u.test(next)) return true;
    // the name's last character may make a word with the next (弼时|相: 时相) where the next starts a word
    return isWord(next + (chars[start + n + 1] ?? ""));
  });
  // the longest that fits: a reading one short leaves a word too as often (甲某|某相继 where 某相 is one)
  return fit.length === 0 ? [] : [Math.max(...fit)];
}

export interface ListEndSlot {
  start: number;
  lengths: number[];
}

/**
 * Slots after the last 、 of a list whose items before it are sure names and whose last item runs
 * on past `MAX_ITEM_LENGTH` (no mark closes it). `isSureAt(start, end)`: whether a sure name stands
 * exactly there.
 */
export function listEndSlots(
  chars: readonly string[],
  isSureAt: (start: number, end: number) => boolean,
): ListEndSlot[] {
  const out: ListEndSlot[] = [];
  for (let at = 1; at < chars.length - 1; at++) {
    // cheap check first: a 、 followed by a reading that can start a name
    if (chars[at] !== LIST_SEPARATOR) continue;
    const start = at + 1;
    if (!runsOn(chars, start)) continue;
    const lengths = candidateLengths(chars, start).filter((n) => n >= MIN_NAME_LENGTH && n <= MAX_NAME_LENGTH);
    if (lengths.length === 0) continue;
    if (sureItemsBefore(chars, at, isSureAt) < MIN_SURE_ITEMS) continue;
    out.push({ start, lengths });
  }
  return out;
}

/** Whether the item from `start` runs on past `MAX_ITEM_LENGTH` with no mark or 、 to close it. */
function runsOn(chars: readonly string[], start: number): boolean {
  for (let k = start; k <= start + MAX_ITEM_LENGTH; k++) {
    if (k >= chars.length || ITEM_END.includes(chars[k]!)) return false;
  }
  return true;
}

/** How many sure names stand one after another before the 、 at `at`, each ending at a 、 (or the first at 和). */
function sureItemsBefore(
  chars: readonly string[],
  at: number,
  isSureAt: (start: number, end: number) => boolean,
): number {
  let count = 0;
  let end = at;
  for (;;) {
    let start = -1;
    for (let n = MIN_NAME_LENGTH; n <= MAX_ITEM_LENGTH && start < 0; n++) if (isSureAt(end - n, end)) start = end - n;
    if (start < 0) return count;
    count++;
    // the list goes on back over 、 (and the 和 that joins its first two items: 甲某某和乙某某、…)
    const before = chars[start - 1];
    if (before !== LIST_SEPARATOR && before !== "和") return count;
    end = start - 1;
  }
}
