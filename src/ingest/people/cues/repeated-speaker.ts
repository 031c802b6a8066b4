import { isHan } from "@/text/char-class";
import { SINGLE_SURNAMES } from "@/text/surnames";
import { FUNCTION_CHARS } from "./boundaries";
import { speechVerbAt } from "./speech-verb-cue";
import { addMention, type TaggedText } from "../mentions";

/**
 * A three-character name the article quotes again and again (`…教授X大为说`, `X大为表示`, `X大为认为`)
 * whose given name ends in a function character (为, 和, 同) or is a word (大为): the name shape
 * (name-shape.ts) lets no function character into a name, and the tagger reads the surname and one
 * character, so the name is cut everywhere or lost. The same three characters standing before a
 * verb of saying several times are one speaker: the repetition is the cue the single sentence lacks.
 */

/** The name's length: a single surname and a two-character given name. */
export const SPEAKER_NAME_LENGTH = 3;
/** How many times the string must stand right before a verb of saying. Twice is a phrase as often. */
export const MIN_SPEAKER_USES = 3;
/**
 * How sure the tagger must be, at one use at least, that the three characters are one name: the
 * repetition vouches, the tagger must only not rule the reading out.
 */
export const REPEATED_SPEAKER_MIN_PROBABILITY = 0.1;

/**
 * The strings of `texts` (each a text's characters) that pass the test above, leaving the tagger's
 * probability to the caller: a single listed surname, Han characters only, the surname no function
 * character, the whole no word (`isWord`: 中国人 before 认为), standing before a verb of saying at
 * least MIN_SPEAKER_USES times.
 */
export function repeatedSpeakers(texts: readonly (readonly string[])[], isWord: (w: string) => boolean): Set<string> {
  const uses = new Map<string, number>();
  for (const chars of texts) {
    for (let start = 0; start + SPEAKER_NAME_LENGTH < chars.length; start++) {
      const end = start + SPEAKER_NAME_LENGTH;
      if (speechVerbAt(chars, end) === null) continue;
      const span = chars.slice(start, end);
      if (!SINGLE_SURNAMES.has(span[0]!) || FUNCTION_CHARS.includes(span[0]!) || !span.every(isHan)) continue;
      const name = span.join("");
      uses.set(name, (uses.get(name) ?? 0) + 1);
    }
  }
  return new Set([...uses].filter(([name, n]) => n >= MIN_SPEAKER_USES && !isWord(name)).map(([name]) => name));
}

/**
 * Marks every use of such a name in `tagged` (`firstPass`: the same texts read before the article's
 * own names were known, whose probabilities say how sure the tagger was on its own), in place of the
 * shorter names read inside it (X大 of X大为).
 */
export function addRepeatedSpeakers(
  tagged: TaggedText[],
  firstPass: readonly TaggedText[],
  isWord: (w: string) => boolean,
): void {
  const names = repeatedSpeakers(
    tagged.map((t) => t.chars),
    isWord,
  );
  for (const name of names) {
    const uses = tagged.flatMap((t, i) => usesOf(t.chars, name).map((start) => ({ i, start })));
    const best = Math.max(
      ...uses.map(({ i, start }) => firstPass[i]!.scorer.spanProbability(start, start + SPEAKER_NAME_LENGTH)),
    );
    if (best < REPEATED_SPEAKER_MIN_PROBABILITY) continue;
    for (const { i, start } of uses) {
      const t = tagged[i]!;
      const end = start + SPEAKER_NAME_LENGTH;
      t.mentions = t.mentions.filter((m) => !(m.start >= start && m.end <= end));
      addMention(t, { text: i, start, end, source: "speech" });
    }
  }
}

function usesOf(chars: readonly string[], name: string): number[] {
  const target = Array.from(name);
  const out: number[] = [];
  for (let at = 0; at + target.length <= chars.length; at++)
    if (target.every((c, k) => chars[at + k] === c)) out.push(at);
  return out;
}
