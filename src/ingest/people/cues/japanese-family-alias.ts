import { isHan } from "@/text/char-class";
import { addMention, type TaggedText } from "../mentions";
import { charsAt } from "./chars-at";
import { startsNameSlot } from "./japanese-given-name";
import { endsName, JAPANESE_FAMILY_NAMES } from "./japanese-name";

/**
 * A Japanese family name used alone for someone the article names in full (`原田美惠子当选为会长。
 * 原田表示…`): the same person, and a name of its own in the PFR month's counting, as a Chinese given
 * name alone is (given-names.ts). Japanese papers and the PFR month refer to people by family name
 * (羽田 after 羽田孜, 土井 after 土井多贺子); the tagger, which reads a two-character run as a Chinese
 * surname and one given character or none, seldom takes it. Asked only in an article that speaks of
 * Japan (`mentionsJapan`, extract-people.ts). The family name is the full name's first two characters
 * (three for a listed three-character family name: 长谷川, 佐佐木); it is read where it stands alone:
 * - in a name slot (startsNameSlot: punctuation, a joining character, a title, a descriptor) and
 *   followed by what ends a name (japanese-name.ts's `endsName`: punctuation, a function character,
 *   a title, an honorific, a speech verb), so `羽田孜` itself and runs into a word are not it;
 * - not a known word or place (`isWord`), and nowhere in the article before a firm's word (丰田公司,
 *   松下电器: `FIRM_HEADS`), for a firm that bears the family's name is then what the family name
 *   alone means (`有路就有丰田车`; days 16–20, fold 4: one false name).
 * Returns each family name that stands for exactly one full name, mapped to it; a family name two
 * full names share (小泽一郎, 小泽辰男) is still a mention, of its own.
 */
/** Full names that vouch for a family name: two or three characters of family name and one to three of given name. */
export const MIN_FULL_LENGTH = 3;
export const MAX_FULL_LENGTH = 5;
/** A family name is two characters, or three when a listed one (长谷川). */
export const FAMILY_LENGTH = 2;
/** Words after a family name that make it a firm's name (丰田公司, 松下电器, 三井物产): the article's firm, not its person. */
export const FIRM_HEADS = ["公司", "集团", "汽车", "电器", "银行", "商社", "物产", "财团", "株式会社", "家族", "车"];
const LONG_FAMILIES = [...JAPANESE_FAMILY_NAMES].filter((f) => Array.from(f).length > FAMILY_LENGTH);

/** The family name of a full name the article gives, or null if the name is not of that shape. */
export function familyOf(name: string): string | null {
  const chars = Array.from(name);
  if (chars.length < MIN_FULL_LENGTH || chars.length > MAX_FULL_LENGTH || !chars.every(isHan)) return null;
  const long = LONG_FAMILIES.find((f) => name.startsWith(f));
  if (long !== undefined) return chars.length > Array.from(long).length ? long : null;
  return chars.slice(0, FAMILY_LENGTH).join("");
}

/** Adds the family names used alone for one of the article's full names, and returns each mapped to its full name. */
export function tieJapaneseFamilyNames(
  texts: readonly TaggedText[],
  isWord: (text: string) => boolean,
): Map<string, string> {
  const byFamily = new Map<string, Set<string>>();
  for (const m of texts.flatMap((t) => t.mentions)) {
    const family = familyOf(m.name);
    if (family === null || isWord(family)) continue;
    byFamily.set(family, (byFamily.get(family) ?? new Set()).add(m.name));
  }
  const aliases = new Map<string, string>();
  if (byFamily.size === 0) return aliases;
  const whole = texts.map((t) => t.chars.join(""));
  for (const family of byFamily.keys())
    if (whole.some((text) => text.includes(family) && FIRM_HEADS.some((h) => text.includes(family + h))))
      byFamily.delete(family);
  texts.forEach((tagged, index) => {
    const { chars } = tagged;
    const text = whole[index]!;
    for (const [family, full] of byFamily) {
      if (!text.includes(family)) continue;
      const familyChars = Array.from(family);
      for (let at = 0; at + familyChars.length <= chars.length; at++) {
        if (!charsAt(chars, at, familyChars)) continue;
        const end = at + familyChars.length;
        if (!startsNameSlot(chars, at) || !endsName(chars, end)) continue;
        const added = addMention(tagged, { text: index, start: at, end, source: "repeat" });
        const there = added || tagged.mentions.some((m) => m.start === at && m.end === end);
        if (there && full.size === 1) aliases.set(family, [...full][0]!);
      }
    }
  });
  return aliases;
}
