import { CLAUSE_START } from "./boundaries";

/**
 * A name the tagger ran on over the word after it, a verb or adverb that follows a clause's subject
 * (`哲学家卡西尔曾说过`, `主办人托尼·巴伯所说`, `主教练叶鹏却认为`, `院长王德云称：`,
 * `讲师黄义接过`): of the 10,657 names of days 1–20 of the PFR month none of three characters or more
 * ends with one of these (阿称 has two), while 起, 因, 发 and 为 do end names (徐跃起, 林徽因), so
 * they are left out. The character goes, at any length of three or more, foreign names too
 * (name-edges.ts trims a wider set, but only from Chinese names of three characters). Before
 * punctuation such a character has nothing to lead into and is the name's own (`…、陆永曾、陈红`),
 * except a speech verb, which closes its clause there (`院长王德云称：`, `…、李军、赖斌说，看完`; a
 * list's item is trimmed so too). Four folds of days 1–20: scripts/people/README.md, session 32
 * fourth part.
 */
export const CLAUSE_FOLLOWERS = "说曾却所称接给";
/** Followers that end their clause before punctuation: speech verbs. */
export const SPEECH_FOLLOWERS = "说称";
/** What a follower dangles before (and is then the name's last character): clause punctuation, 、 and （. */
const DANGLING_BEFORE = CLAUSE_START + "、（";

/** Shortest name trimmed: what is left must still be a name of two characters. */
export const MIN_TRIMMED_LENGTH = 3;

/** How many characters at the end of `start`…`end` are the word after the name (0 or 1). */
export function trailingClauseWord(chars: readonly string[], start: number, end: number): number {
  if (end - start < MIN_TRIMMED_LENGTH) return 0;
  const last = chars[end - 1]!;
  if (!CLAUSE_FOLLOWERS.includes(last)) return 0;
  return SPEECH_FOLLOWERS.includes(last) || !DANGLING_BEFORE.includes(chars[end] ?? "。") ? 1 : 0;
}
