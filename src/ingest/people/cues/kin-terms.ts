/**
 * Kin terms said right before a name (`夏某的公公韩某`, `李某的弟弟李某`, `是孙子韩某`, `王某的二嫂曾某`):
 * the gold gives the kin term as the person's role, as it gives 母亲, 丈夫 and 大哥
 * (`description-words.ts`). Those few were the only kin words a description could end with, so the
 * in-laws, siblings and grandchildren were read as no description at all (session 35, rmrb36: the
 * sixth audit's 公公, 弟弟, 孙子, 二嫂). General knowledge of the language, not words of the corpus:
 * - the kin words of two characters or more (`KIN_WORDS_MORE`);
 * - a sibling's or an elder's word after its birth order (大哥, 二嫂, 三叔: `BIRTH_ORDERS` × `KIN_CHARS`).
 * A kin term said after the kin's own name (`兰英丈夫陈某`: 兰英 is the wife, named before) keeps only
 * the term: the name is its owner, not part of the role (`kinWithoutOwner`).
 */
export const KIN_WORDS_MORE: readonly string[] = [
  "公公",
  "婆婆",
  "岳父",
  "岳母",
  "爷爷",
  "奶奶",
  "外公",
  "外婆",
  "姥爷",
  "姥姥",
  "太爷爷",
  "太奶奶",
  "哥哥",
  "弟弟",
  "姐姐",
  "妹妹",
  "孙子",
  "孙女",
  "外孙",
  "外孙女",
  "曾孙",
  "儿媳",
  "女婿",
  "嫂子",
  "弟媳",
  "姐夫",
  "妹夫",
  "侄子",
  "侄女",
  "外甥",
  "外甥女",
  "叔叔",
  "伯伯",
  "舅舅",
  "姑姑",
  "婶婶",
  "舅妈",
  "姨妈",
  "堂哥",
  "堂弟",
  "堂姐",
  "堂妹",
  "表哥",
  "表弟",
  "表姐",
  "表妹",
];
/** Birth orders before a sibling's or an elder's one-character word (大哥, 二嫂, 三叔). */
export const BIRTH_ORDERS = "大二三四五六七";
/** Birth orders kept before a kin word of two characters (`四儿媳`). */
export const BIRTH_ORDER_FRONTS = "大二三四五六七八九";
/** Kin characters that take a birth order in front (哥, 嫂, 叔 …). */
export const KIN_CHARS = "哥姐嫂弟妹叔婶伯舅姨姑";
/** Shortest front kept before a kin term as its owner's name: a given name of two characters (兰英). */
export const MIN_OWNER_NAME_LENGTH = 2;

/** The kin term `phrase` ends with, or null. */
export function kinTermEnding(phrase: string): string | null {
  const word = KIN_WORDS_MORE.filter((w) => phrase.endsWith(w)).sort((a, b) => b.length - a.length)[0];
  if (word !== undefined) return word;
  const chars = Array.from(phrase);
  const order = chars.at(-2);
  const kin = chars.at(-1);
  if (order !== undefined && kin !== undefined && BIRTH_ORDERS.includes(order) && KIN_CHARS.includes(kin))
    return order + kin;
  return null;
}

/**
 * A description that ends in a kin term, as the role the gold writes: one of these kin terms
 * (`KIN_WORDS_MORE`, birth-ordered) keeps only its birth order in front (`尤某四儿媳` → 四儿媳, `并有一孙子`
 * → 孙子: the front is the kin's owner, a count or a verb, never what the person is); any other kin
 * term (`kinTerm`: 丈夫, 母亲) loses its front only when that front is a person's name or given name
 * (`兰英丈夫` → 丈夫; `烈士母亲` stays). `isNameEnd(front)` says whether some name of the text is
 * `front` or ends with it.
 */
export function kinWithoutOwner(
  description: string,
  kinTerm: (phrase: string) => string | null,
  isNameEnd: (front: string) => boolean,
): string {
  const own = kinTermEnding(description);
  if (own !== null) {
    const chars = Array.from(description);
    const order = chars.at(-Array.from(own).length - 1);
    const ordered = order !== undefined && BIRTH_ORDER_FRONTS.includes(order) && !BIRTH_ORDERS.includes(own[0]!);
    return ordered ? order + own : own;
  }
  const term = kinTerm(description);
  if (term === null) return description;
  const front = description.slice(0, description.length - term.length);
  if (Array.from(front).length < MIN_OWNER_NAME_LENGTH || !isNameEnd(front)) return description;
  return term;
}
