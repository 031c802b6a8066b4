import { canBeInName } from "./boundaries";
import { deputyTitleAfter } from "./deputy-after-name";
import { isChineseNameShaped } from "./name-shape";
import { NAME_FOLLOWING_ADVERBS } from "./soldier-descriptors";
import { speechVerbAt } from "./speech-verb-cue";
import { NAME_FOLLOWERS } from "./word-across-name-end";
import type { Mention, SpanProbabilities, TaggedText } from "../mentions";

/**
 * A name cut one character before what closes it (`主任柯占|领说`, `主委柯远|山委员说`): the tagger
 * reads a surname and one character where the given name's second character starts a word with
 * what follows (占领) or the three characters are unusual, leaving one character that belongs to
 * nothing before a verb of saying or a deputy's title (deputy-after-name.ts). The character left
 * over is the name's: a two-character name here is closed by nothing, the three-character one is.
 * Not where the character is one that follows names (等 和 也 还 …: `王刚也说`), where it makes a
 * word with the next one (`王刚解说`: 解说 is the verb), or where the tagger finds the whole name
 * unlikely. audit 9: two names (the whole 0.14 against the cut 0.52; 0.48 against 0.52).
 */

/** The least first-reading probability of the whole name: under it the tagger rules the name out. */
export const CLOSER_CUT_MIN_PROBABILITY = 0.1;
/** The cut name's length (a surname and one character) and the whole one's. */
export const CUT_LENGTH = 2;

/** Whether a verb of saying or a deputy's title (read as a title: deputy-after-name.ts) starts at `at`. */
function closerAt(chars: readonly string[], at: number): boolean {
  return speechVerbAt(chars, at) !== null || deputyTitleAfter(chars, at) !== null;
}

/**
 * The end of the whole name for a cut one at [start, end), or null: the mention is a surname and one
 * character closed by nothing, the next character can end a name and is closed by a verb of saying
 * or a deputy's title, and makes no word with what follows it.
 */
export function closerCutEnd(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): number | null {
  if (end - start !== CUT_LENGTH) return null;
  const next = chars[end];
  if (next === undefined || !canBeInName(next)) return null;
  if (NAME_FOLLOWERS.includes(next) || NAME_FOLLOWING_ADVERBS.includes(next)) return null;
  if (!isChineseNameShaped(chars.slice(start, end + 1))) return null;
  if (closerAt(chars, end) || !closerAt(chars, end + 1)) return null;
  if (isWord(`${next}${chars[end + 1] ?? ""}`)) return null;
  return end + 1;
}

/**
 * Stretches each such cut name of the tagger or a name cue to the character the closer vouches for,
 * if `scorer` (the first reading, before the article's own names voted) does not rule it out.
 */
export function extendNamesCutBeforeClosers(
  tagged: TaggedText,
  scorer: SpanProbabilities,
  isWord: (w: string) => boolean,
): void {
  const stretchable = (m: Mention) => m.source === "tagger" || m.source === "title";
  for (const m of tagged.mentions) {
    if (!stretchable(m)) continue;
    const end = closerCutEnd(tagged.chars, m.start, m.end, isWord);
    if (end === null || tagged.mentions.some((o) => o !== m && o.start < end && m.start < o.end)) continue;
    if (scorer.spanProbability(m.start, end) < CLOSER_CUT_MIN_PROBABILITY) continue;
    m.end = end;
    m.name = tagged.chars.slice(m.start, end).join("");
  }
}
