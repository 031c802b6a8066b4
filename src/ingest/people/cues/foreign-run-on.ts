import { NAME_DOTS } from "./name-dots";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import type { TaggedText } from "../mentions";

/**
 * A transliterated name run on over the first character of the Chinese word after it: a chairman
 * `拉法耶|起先觉得…` read 拉法耶起 (起先, "at first"), residents `马夫罗季|三兄弟` read 马夫罗季三 (PFR
 * fold 2, session 40, pfr33). The run before the last character is all transliteration characters
 * (dots allowed; one outside the table, 夫 of 马夫罗季), the last character is none, and it opens a word with what follows it: a common
 * word of the dictionary (起先), or a count of siblings (`三兄弟`, `两姐妹`). Then the last character is
 * the word's, not the name's. Names the model knows and credits stay (甘地 ends in 地, but 地 and what
 * follows a name seldom make a common word, and 甘地 is known).
 */
/**
 * Fewest transliteration characters the name's last part keeps (a three-syllable name: 拉法耶); a
 * dotted name's last part of one or two (`拉胡尔·甘地`, pool) keeps its last character.
 */
export const MIN_KEPT_SPELT_CHARS = 3;
/** Characters of the kept name outside the table it may have (夫 of 马夫罗季). */
export const MAX_UNSPELT_CHARS = 1;
/** Numerals that count siblings after a name (`三兄弟`). */
export const SIBLING_COUNTS = "两二三四五六七八九";
/** Words for a group of siblings after the count. */
export const SIBLING_WORDS: readonly string[] = ["兄弟", "姐妹", "姊妹", "兄妹", "姐弟"];

const spelt = (c: string) => TRANSLITERATION_CPS.has(c.codePointAt(0)!);

/** Whether the mention [start, end) is a transliteration with the next word's first character run on. */
export function isForeignRunOn(
  chars: readonly string[],
  start: number,
  end: number,
  isCommonWord: (w: string) => boolean,
): boolean {
  const last = chars[end - 1];
  if (last === undefined || end - start - 1 < MIN_KEPT_SPELT_CHARS || spelt(last) || NAME_DOTS.includes(last))
    return false;
  let letters = 0;
  let others = 0;
  for (let k = start; k < end - 1; k++) {
    if (NAME_DOTS.includes(chars[k]!)) {
      // the last part alone must keep the syllables (拉胡尔·甘|地表示 keeps 地: 甘 is one)
      letters = 0;
      others = 0;
      continue;
    }
    if (spelt(chars[k]!)) letters += 1;
    else if (!/^\p{Script=Han}$/u.test(chars[k]!) || ++others > MAX_UNSPELT_CHARS) return false;
  }
  if (letters < MIN_KEPT_SPELT_CHARS) return false;
  const next = chars[end];
  if (next === undefined || !/^\p{Script=Han}$/u.test(next)) return false;
  if (SIBLING_COUNTS.includes(last)) return SIBLING_WORDS.some((w) => chars.slice(end, end + w.length).join("") === w);
  return isCommonWord(last + next);
}

/** Cuts the run-on character off such mentions (credits and known names stay). */
export function trimForeignRunOns(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  isCommonWord: (w: string) => boolean,
): void {
  for (const t of tagged)
    for (const m of t.mentions) {
      if (m.source === "credit" || knownNames.has(m.name)) continue;
      if (!isForeignRunOn(t.chars, m.start, m.end, isCommonWord)) continue;
      m.end -= 1;
      m.name = t.chars.slice(m.start, m.end).join("");
    }
}
