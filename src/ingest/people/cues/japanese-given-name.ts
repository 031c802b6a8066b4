import { isHan } from "@/text/char-class";
import { descriptorEndsAt } from "./descriptor-cue";
import { listedFamilyAt, type JapaneseCandidate } from "./japanese-name";
import { titleEndingAt } from "./title-phrase";

/**
 * Japanese names whose family name is not on japanese-name.ts's list (神崎武法, 小渊惠三, 田岛宁子,
 * 木庭健太郎): the family name cannot be listed whole (there are tens of thousands), but the given
 * name's last character is telling. Men's names end in 郎, 雄, 夫, 彦, 助, 介, 藏 …, women's in 子, 美,
 * 惠, 奈, 香 … (general knowledge of Japanese naming, not taken from any corpus). Characters that end
 * Chinese given names or words as often (明, 华, 平, 一, 人, 之, 也, 次, 吉, 江, 代, 司: 公司) are left out;
 * 三 and 男 are in, as in 惠三, 辰男, for the cue asks more than the ending:
 * - the article speaks of Japan (`mentionsJapan`);
 * - a two-character family name and a two- or three-character given name: four or five characters;
 * - a name slot before it (punctuation, a joining or function character, a title, a descriptor:
 *   `startsNameSlot`), not an opening quote or title mark. What follows is not asked: `endsName`
 *   lost 土井多贺子 (…十日), 小渊惠三 (…外相) and 木庭健太郎 on days 1–20 (four folds) for two false names fewer;
 * and apply-cues.ts keeps the tagger's veto and drops known words and places, and family names that
 * are a known word or place (中国|孢子).
 * Days 1–20, four folds (a model of the other 15 days each): 0.9382 (6406 298 546) → 0.9387
 * (6413 299 539). With 之, 也, 次, 吉, 江, 代, 司 in and the tagger's piece always replaced (not only a
 * piece that is no Chinese name): 0.9370 (6406 315 546: 金明秀|吉 of a list, 李鹏曾两|次, 水仙花|也).
 */
export const JAPANESE_GIVEN_NAME_ENDINGS = new Set(Array.from("郎雄夫彦助介藏男三树宏弘造治哉朗子美惠枝奈香里绘衣穗"));
/** Family name of two characters (the listed three-character ones are japanese-name.ts's). */
export const UNLISTED_FAMILY_LENGTH = 2;
/** Given names of two or three characters (武法, 健太郎); one is too short to tell from a Chinese name. */
export const GIVEN_LENGTHS = [2, 3];
/** Characters that may stand right before a name: joining words, prepositions, `的`. */
const BEFORE_NAME = "的和与及同以由被向对将把从跟给让请";

/** Quotes and title marks open a work's or a thing's name (“凌波仙子”, 《自古英雄出少年》), seldom a Japanese person's. */
const OPENING_MARKS = '“‘《〈「『"';

/** Whether a name may start at `start`: after punctuation, a joining character, a title or a descriptor. */
export function startsNameSlot(chars: readonly string[], start: number): boolean {
  const before = chars[start - 1];
  if (before !== undefined && OPENING_MARKS.includes(before)) return false;
  if (before === undefined || !isHan(before) || BEFORE_NAME.includes(before)) return true;
  return titleEndingAt(chars, start) !== null || descriptorEndsAt(chars, start);
}

/** Every start of a four- or five-character Han run that ends with a Japanese given name's ending, in a name slot. */
export function japaneseGivenNameCandidates(chars: readonly string[]): JapaneseCandidate[] {
  const byStart = new Map<number, number[]>();
  for (let end = UNLISTED_FAMILY_LENGTH + GIVEN_LENGTHS[0]!; end <= chars.length; end++) {
    if (!JAPANESE_GIVEN_NAME_ENDINGS.has(chars[end - 1]!)) continue;
    for (const given of GIVEN_LENGTHS) {
      const start = end - UNLISTED_FAMILY_LENGTH - given;
      if (start < 0) continue;
      if (!chars.slice(start, end).every(isHan) || !startsNameSlot(chars, start)) continue;
      // a joining character before a listed family name is not the first of an unlisted one (以|小泽一郎)
      if (BEFORE_NAME.includes(chars[start]!) && listedFamilyAt(chars, start + 1)) continue;
      byStart.set(start, [...(byStart.get(start) ?? []), end - start]);
    }
  }
  return [...byStart].map(([start, lengths]) => ({ start, lengths }));
}
