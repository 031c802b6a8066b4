import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/text/surnames";
import { canBeInName } from "./boundaries";
import { speechVerbAt } from "./speech-verb-cue";

/**
 * A long name with no listed surname (a Mongolian or Tibetan name written in full, four to six
 * characters) closed on both sides by a title before it (the caller's check) and a verb of saying
 * right after it (`旗文化站站长乌兰其其格说`). title-slot-name.ts reads such a slot for three
 * characters only, closed by a word or punctuation too; closed by the verb itself, a longer run is a
 * name unless it holds a word (局长一再强调说, 主任高兴地说: 一再, 高兴) or a verb of saying (主任笑着
 * 说道). The tagger gives a name so long little, each character a guess (0.002 for a Mongolian name of
 * six characters, model retrained on days 1–20, session 42), so it need only not rule it out.
 */
/** The lengths of such a name. */
export const LONG_SLOT_NAME_LENGTHS: readonly number[] = [4, 5, 6];
/** The least probability the tagger must give the whole name. */
export const LONG_TITLED_SPEAKER_MIN_PROBABILITY = 0.001;

/** The lengths of a long name starting at `start` (right after a title) and ending at a verb of saying. */
export function longTitledSpeakerLengths(
  chars: readonly string[],
  start: number,
  isWord: (w: string) => boolean,
): number[] {
  const first = chars[start];
  if (first === undefined || SINGLE_SURNAMES.has(first) || COMPOUND_SURNAMES.has(first + (chars[start + 1] ?? "")))
    return [];
  const text = (from: number, to: number) => chars.slice(from, to).join("");
  return LONG_SLOT_NAME_LENGTHS.filter((length) => {
    const end = start + length;
    if (end > chars.length || speechVerbAt(chars, end) === null) return false;
    if (!chars.slice(start, end).every(canBeInName)) return false;
    for (let at = start; at < end; at++) if (speechVerbAt(chars, at) !== null) return false;
    // no word inside the name, nor across its end (the verb of saying is the next word)
    for (let a = start; a < end - 1; a++) for (let b = a + 2; b <= end; b++) if (isWord(text(a, b))) return false;
    return !isWord(text(end - 1, end + 1));
  });
}
