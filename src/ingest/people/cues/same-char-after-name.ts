import type { TaggedText } from "../mentions";
import { canBeInName } from "./boundaries";
import { isChineseNameShaped } from "./name-shape";
import { NAME_FOLLOWING_ADVERBS } from "./soldier-descriptors";
import { speechVerbAt } from "./speech-verb-cue";
import { NAME_FOLLOWERS } from "./word-across-name-end";

/**
 * A surname and one character that the article never writes without the same third character
 * after it is that three-character name cut short (`村民柯满|招感叹` … `柯满|招种上`, `柯永|才，头发
 * 蓬乱`): the tagger knows the two-character name, or reads the third character as a verb or an
 * adverb, but a name's own last character follows it everywhere, whatever comes next, and a verb
 * or an adverb does not close a clause. So the name is stretched when every occurrence of the two
 * characters in the article has the same character after it, that character can end a name and is
 * none that follows names (等 和 说 也 就 …, a verb of saying, 曰), it makes no word with the
 * character before it (`戴口罩`: 口罩) nor with what follows (`王刚认为`: 认为 is the verb), and the text shows it is the name's: two or more occurrences with
 * different characters after it, or one where a clause's punctuation closes it. rmrb-web dev10–11:
 * 杨满招 (twice), 王永才 (once, then a comma).
 */

/** The cut name's length: a surname and one character (compound surnames are left alone). */
export const CUT_NAME_LENGTH = 2;
/** The fewest occurrences that show the character by repetition (with different text after it). */
export const MIN_REPEATED_OCCURRENCES = 2;
/** Classical 曰 (`孔子曰`): a verb of saying the speech-verb list leaves out. */
export const CLASSICAL_SAY = "曰";
/** What closes a clause right after the name's last character: no verb or adverb stands there. */
export const CLAUSE_CLOSERS = "，。；：！？、";

/**
 * The character that completes the two-character `name` wherever `texts` write it, or null.
 * `isWord` says whether two characters make a common word.
 */
export function sameCharAfterName(
  texts: readonly (readonly string[])[],
  name: string,
  isWord: (w: string) => boolean,
): string | null {
  const own = Array.from(name);
  if (own.length !== CUT_NAME_LENGTH) return null;
  let next: string | null = null;
  let count = 0;
  let closed = false;
  const afters = new Set<string>();
  for (const chars of texts) {
    for (let i = chars.indexOf(own[0]!); i >= 0; i = chars.indexOf(own[0]!, i + 1)) {
      if (chars[i + 1] !== own[1]) continue;
      const at = i + CUT_NAME_LENGTH;
      const ch = chars[at];
      if (ch === undefined || (next !== null && ch !== next)) return null;
      next = ch;
      const after = chars[at + 1] ?? "";
      if (isWord(`${ch}${after}`)) return null;
      count++;
      afters.add(after);
      if (CLAUSE_CLOSERS.includes(after)) closed = true;
    }
  }
  if (next === null || !canBeInName(next)) return null;
  if (NAME_FOLLOWERS.includes(next) || NAME_FOLLOWING_ADVERBS.includes(next) || next === CLASSICAL_SAY) return null;
  // the second character makes a word with it (戴口|罩, 张鼓|匠): a word cut, not a name
  if (isWord(`${own[1]}${next}`)) return null;
  if (!isChineseNameShaped([...own, next])) return null;
  if (!closed && (count < MIN_REPEATED_OCCURRENCES || afters.size < MIN_REPEATED_OCCURRENCES)) return null;
  return next;
}

/** Whether a verb of saying starts at any occurrence's third character (`王刚称`, `王刚表示`). */
function speechAfter(texts: readonly (readonly string[])[], name: string): boolean {
  const own = Array.from(name);
  return texts.some((chars) => {
    for (let i = chars.indexOf(own[0]!); i >= 0; i = chars.indexOf(own[0]!, i + 1))
      if (chars[i + 1] === own[1] && speechVerbAt(chars, i + CUT_NAME_LENGTH) !== null) return true;
    return false;
  });
}

/** Stretches every mention of such a cut name to the character the article always writes after it. */
export function extendNamesCutBeforeSameChar(tagged: readonly TaggedText[], isWord: (w: string) => boolean): void {
  const texts = tagged.map((t) => t.chars);
  const short = new Set(
    tagged.flatMap((t) =>
      t.mentions.filter((m) => m.source !== "credit" && m.end - m.start === CUT_NAME_LENGTH).map((m) => m.name),
    ),
  );
  for (const name of short) {
    const next = sameCharAfterName(texts, name, isWord);
    if (next === null || speechAfter(texts, name)) continue;
    for (const t of tagged)
      for (const m of t.mentions) {
        if (m.name !== name || t.chars[m.end] !== next) continue;
        if (t.mentions.some((o) => o !== m && o.start <= m.end && m.end < o.end)) continue;
        m.end += 1;
        m.name = `${name}${next}`;
      }
  }
}
