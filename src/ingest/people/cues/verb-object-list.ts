import { isChineseNameShaped } from "./name-shape";

/**
 * Parallel verb-object phrases in a 、 list (`盼丰收、庆升平`: hope for a harvest, celebrate peace)
 * read like three-character names: a character, then a common word of two. The tagger took
 * `庆升平` (0.91 sure, audit4, scripts/people/README.md session 34). A mention is such an item when it
 * is `ITEM_LENGTH` characters, its last two are a common word (CC-CEDICT, `isCommonWord`), and the
 * item beside it across the 、 has the same shape: a character and a common word, not shaped like a
 * Chinese name (no surname first) and no mention itself. A list of names (`王建设、李发展`) has names
 * on both sides and keeps them.
 */
/** The items' length: one verb character and a two-character object. */
export const ITEM_LENGTH = 3;
/** The object's length. */
const OBJECT_LENGTH = 2;

export function isVerbObjectListItem(
  chars: readonly string[],
  start: number,
  end: number,
  isCommonWord: (word: string) => boolean,
  isMentionAt: (start: number, end: number) => boolean,
): boolean {
  if (end - start !== ITEM_LENGTH || !isCommonWord(chars.slice(end - OBJECT_LENGTH, end).join(""))) return false;
  const sibling = (from: number) => {
    if (from < 0 || from + ITEM_LENGTH > chars.length) return false;
    const item = chars.slice(from, from + ITEM_LENGTH);
    if (!item.every((c) => /\p{Script=Han}/u.test(c)) || isChineseNameShaped(item)) return false;
    return isCommonWord(item.slice(1).join("")) && !isMentionAt(from, from + ITEM_LENGTH);
  };
  return (chars[start - 1] === "、" && sibling(start - 1 - ITEM_LENGTH)) || (chars[end] === "、" && sibling(end + 1));
}
