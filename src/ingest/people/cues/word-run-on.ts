import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/text/surnames";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import type { TaggedText } from "../mentions";
import { HONORIFICS } from "./speech-verbs";

/**
 * A Chinese name run on over the word after it (`所长郑川扎根`: the title cue read 郑川扎根):
 * a four-character mention led by a one-character surname whose last two characters are a common
 * word of the dictionary (扎根, to take root) is the surname and one character, the word left out.
 * Given names of three characters are rare; a surname that is also a transliteration character
 * (马, 罗, 安 …) may lead a foreign name of four (马拉多纳), so such names are left alone, as are
 * compound surnames (欧阳) and names the model knows; a form of address after the name (居里夫人,
 * 王先生: `HONORIFICS`) is part of how the 1998 corpus writes a name. Found in audit 6 (issue 14).
 */
export const RUN_ON_NAME_LENGTH = 4;
/** What is left of the name: the surname and one character. */
export const TRIMMED_NAME_LENGTH = 2;

const translit = (ch: string) => TRANSLITERATION_CPS.has(ch.codePointAt(0)!);

/** Whether a name is a short Chinese name with a common word run on to it. */
export function isWordRunOn(name: string, isCommonWord: (w: string) => boolean): boolean {
  const chars = Array.from(name);
  if (chars.length !== RUN_ON_NAME_LENGTH || COMPOUND_SURNAMES.has(chars.slice(0, 2).join(""))) return false;
  if (!SINGLE_SURNAMES.has(chars[0]!) || translit(chars[0]!)) return false;
  const word = chars.slice(TRIMMED_NAME_LENGTH).join("");
  return !HONORIFICS.includes(word) && isCommonWord(word);
}

/** Cuts the word off such mentions (credits and known names stay). */
export function trimWordRunOns(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  isCommonWord: (w: string) => boolean,
): void {
  for (const t of tagged)
    for (const m of t.mentions) {
      if (m.source === "credit" || knownNames.has(m.name) || !isWordRunOn(m.name, isCommonWord)) continue;
      m.end = m.start + TRIMMED_NAME_LENGTH;
      m.name = t.chars.slice(m.start, m.end).join("");
    }
}
