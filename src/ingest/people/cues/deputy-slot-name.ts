import { canBeInName } from "./boundaries";
import { DEPUTY_TITLES, deputyTitleAfter } from "./deputy-after-name";
import { speechVerbAt } from "./speech-verb-cue";

/**
 * A name between a post and a deputy's title (`局长降初代表`): the session reports
 * write each deputy as post, name, 代表 or 委员, then what they said. The slot is closed on both
 * sides, by a title before (the caller's check) and by the deputy's title after, read only where
 * what follows it makes it a title (deputy-after-name.ts: punctuation or a verb of saying, not
 * `代表公司`). So a name of any length the tagger allows is taken there, with no listed surname
 * needed (降初, a Tibetan name) and two characters allowed, which the open slot after a title
 * (title-slot-name.ts) must refuse.
 */
/** Names the slot may hold: a two-character name to a four-character one (a compound surname, 那顺孟和). */
export const DEPUTY_SLOT_LENGTHS: readonly number[] = [2, 3, 4];

const FIRST_CHARS: ReadonlySet<string> = new Set(DEPUTY_TITLES.map((t) => Array.from(t)[0]!));

/** The lengths of a name starting at `start` that a deputy's title closes; `isWord` says what is a word. */
export function deputySlotLengths(chars: readonly string[], start: number, isWord: (w: string) => boolean): number[] {
  const text = (from: number, to: number) => chars.slice(from, to).join("");
  return DEPUTY_SLOT_LENGTHS.filter((length) => {
    const end = start + length;
    // this runs wherever a title may end: first the one-character test that rules out nearly all
    if (!FIRST_CHARS.has(chars[end] ?? "") || deputyTitleAfter(chars, end) === null) return false;
    if (!chars.slice(start, end).every(canBeInName)) return false;
    for (let at = start; at < end; at++) if (speechVerbAt(chars, at) !== null) return false;
    // the name is no word and holds none (局长亲自代表…: no name)
    for (let a = start; a < end - 1; a++) for (let b = a + 2; b <= end; b++) if (isWord(text(a, b))) return false;
    return true;
  });
}
