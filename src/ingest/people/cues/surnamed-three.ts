import { SINGLE_SURNAMES } from "@/text/surnames";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * A name of three characters that opens with a common surname (`冯素琴`, `郑秋禾`) is the commonest
 * shape of a Chinese name, and the tagger is seldom sure of such a string without it being one: so
 * a lower bar than the support check's UNSUPPORTED_MIN_PROBABILITY (0.9) keeps it when nothing
 * else vouches for it (support.ts). Not for a string of transliteration characters only (the cut
 * end of a foreign name), never for a dictionary word (support.ts asks those for a cue), and not
 * where its first or last two characters make a word (`陶然|亭`, `夏|初生`, `尚存|太`: a word and a
 * character of the next, read as a name), or its last character makes one with the character after
 * it (`某某邂|逅`), or it ends with the character it starts with (`宜林则林`: a phrase, not a name),
 * or its first two characters are a place (`黄石至安庆`), or it ends like an organisation or a place
 * (`某某社`, `某某村`: ORGANISATION_ENDS).
 *
 * Chosen in session 43 on the four folds of days 1–20 (each fold's tagger on its unseen days), by
 * what keeping each unsupported name does to its article's score: the names of this shape the
 * fixed rule dropped at 0.6 / 0.65 / 0.7 / 0.75 / 0.8 / 0.85 and up would have gained 18 / 17 / 16
 * / 15 / 11 / 5 names and cost 14 / 12 / 11 / 5 / 4 / 2 false ones; at 0.75 every fold gains
 * (+3 +2 +3 +2). Of two-character names (`surname + one`), the same bar gained 3 and cost 3. With
 * the guards above (from those false ones, the dev sets and a fresh modern sample), end to end:
 * folds +15 names, +3 false ones; dev sets +2 names.
 */
export const SURNAMED_THREE_MIN_PROBABILITY = 0.75;

/**
 * Last characters of organisations' and places' names that given names hardly ever end with (not
 * 国 江 山 林 峰 亭 华 …, which they do): a three-character string ending so is a unit's name.
 */
const ORGANISATION_ENDS = "社村寺庙楼馆站厂院所局部委会党团队报刊旗盟省市县乡镇区州路街桥港湾宫场校司";

/** Characters in a name of this shape. */
const NAME_LENGTH = 3;

/**
 * Whether a name is three characters, the first a common single surname, not all transliteration,
 * not ending with its first character nor like a unit's name, its first two characters no place or
 * organisation (`isPlace`: the model's places, the dictionary's proper nouns), and neither its
 * first two nor its last two characters a word of the dictionary (`isWord`).
 */
export function isSurnamedThree(
  name: string,
  isWord: (w: string) => boolean,
  isPlace: (w: string) => boolean,
): boolean {
  const chars = Array.from(name);
  return (
    chars.length === NAME_LENGTH &&
    SINGLE_SURNAMES.has(chars[0]!) &&
    !ORGANISATION_ENDS.includes(chars[NAME_LENGTH - 1]!) &&
    !isPlace(chars.slice(0, 2).join("")) &&
    !chars.every((c) => TRANSLITERATION_CPS.has(c.codePointAt(0)!)) &&
    chars[0] !== chars[NAME_LENGTH - 1] &&
    !isWord(chars.slice(0, 2).join("")) &&
    !isWord(chars.slice(1).join(""))
  );
}

/** Whether the mention ending at `end` runs into a word: its last character and the next make one. */
export function runsIntoWord(chars: readonly string[], end: number, isWord: (w: string) => boolean): boolean {
  return end > 0 && end < chars.length && isWord(chars[end - 1]! + chars[end]!);
}
