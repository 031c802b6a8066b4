import { NAME_DOTS } from "./name-dots";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { SPEECH_VERBS } from "./speech-verbs";

/**
 * The tagger cuts a dotted foreign name one syllable short when that syllable also starts a Chinese
 * word with what follows (`卡米洛·布兰|登高度评价`: 登高 "climb") or is rare in its 1998 names
 * (`帕丁·菲姆万普|万说`), both from rmrb-web's dev sets. When the one character after such a name is
 * followed at once by a verb of saying or of praise, that character is no word of the sentence: the
 * verb follows the subject, and the subject is the name. So the name takes the character when it
 * could be a syllable of it: one of the transliteration table's, or one its last part already holds
 * (菲姆万普 holds 万). A last part with two Chinese characters (迈克尔·王小) is no transliteration.
 */
/** Transliteration characters the name's last part must have (布兰: 2). */
export const MIN_SPELT_CHARS = 2;
/** Characters of the last part outside the table it may have (万 of 菲姆万普, a Lao name). */
export const MAX_UNSPELT_CHARS = 1;
/**
 * Verbs that take the name as subject right after it. Verbs of saying (`speech-verbs.ts`) but the
 * one-character 称 and 道, which end words after a syllable (宣称, 报道), the verbs of praise
 * that open a quoted judgement, and 出席 "attend" (`…·达瓦买|提出席了大会`, a PFR fold: a dignitary's
 * name is its subject; 提出 is a word, but the check below is on the character with the whole verb).
 */
export const SUBJECT_VERBS: readonly string[] = [
  ...SPEECH_VERBS.filter((v) => v.length > 1 || v === "说"),
  "高度评价",
  "评价",
  "称赞",
  "赞扬",
  "出席",
];

/** 1 when the name [start, end) should take the character at `end`, else 0. */
export function lastSyllable(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): number {
  let dot = end - 1;
  while (dot > start && !NAME_DOTS.includes(chars[dot]!)) dot -= 1;
  if (dot <= start) return 0;
  const lastPart = chars.slice(dot + 1, end);
  const spelt = (c: string) => TRANSLITERATION_CPS.has(c.codePointAt(0)!);
  const spelled = lastPart.filter(spelt).length;
  if (spelled < MIN_SPELT_CHARS || lastPart.length - spelled > MAX_UNSPELT_CHARS) return 0;
  const next = chars[end];
  if (next === undefined || !/^\p{Script=Han}$/u.test(next)) return 0;
  if (!spelt(next) && !lastPart.includes(next)) return 0;
  const after = chars.slice(end + 1, end + 6).join("");
  const verb = SUBJECT_VERBS.find((v) => after.startsWith(v));
  if (verb === undefined || isWord(next + verb)) return 0;
  return 1;
}
