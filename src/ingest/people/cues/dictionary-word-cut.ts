import { MAX_WORD_LENGTH, MIN_CUT_WORD_LENGTH } from "../reference-lexicon";

/**
 * A "name" whose span cuts across a long dictionary word printed in the text — the name holds part
 * of the word and the rest of it lies outside (`长|治久安`, `安贫乐|道`, `珠|穆朗玛`, `加德|满都`,
 * `《黄帝内|经》`) — is a piece of that word, not a person. The words are CC-CEDICT's entries of at
 * least `MIN_CUT_WORD_LENGTH` characters (reference-lexicon.ts), none of them a person. The part of
 * the word inside the name must not itself be a name (`邓小平|理论`: 邓小平 is one); the caller
 * exempts credits and known names.
 */
export function cutsAcrossWord(
  chars: readonly string[],
  start: number,
  end: number,
  words: ReadonlySet<string>,
  isName: (text: string) => boolean,
): boolean {
  for (const edge of [start, end]) {
    for (let from = Math.max(0, edge - MAX_WORD_LENGTH + 1); from < edge; from++) {
      const last = Math.min(chars.length, from + MAX_WORD_LENGTH);
      for (let to = Math.max(edge + 1, from + MIN_CUT_WORD_LENGTH); to <= last; to++) {
        const word = chars.slice(from, to).join("");
        if (!words.has(word)) continue;
        const inside = chars.slice(Math.max(from, start), Math.min(to, end)).join("");
        if (!isName(inside)) return true;
      }
    }
  }
  return false;
}
