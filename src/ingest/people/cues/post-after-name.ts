import { charsAt } from "./chars-at";

/**
 * A post or degree written right after a name as the way the text refers to the person
 * (`某某经理感叹`, `某某博士最近很忙`): the gold gives it as the role, as it gives the heads of
 * `TITLES_AFTER_NAME` (`某某总经理`). Read for roles only, like `role-after-name.ts`: the tagger's
 * features and the name checks never see these words, so a name's support does not change.
 */
export const POSTS_AFTER_NAME: readonly string[] = ["经理", "博士"];

/**
 * How many characters past the post a longer dictionary word may reach (`博士生`, `博士后`,
 * `经理人`, `博士学位`): a post that begins such a word is no role.
 */
export const LONGER_WORD_REACH = 2;

/** The post right after a name ending at `nameEnd`, or null; `isWord` is the dictionary's word test. */
export function postAfterName(
  chars: readonly string[],
  nameEnd: number,
  isWord: (word: string) => boolean,
): string | null {
  for (const post of POSTS_AFTER_NAME) {
    const w = Array.from(post);
    if (!charsAt(chars, nameEnd, w)) continue;
    const end = nameEnd + w.length;
    let longer = false;
    for (let reach = 1; reach <= LONGER_WORD_REACH && end + reach <= chars.length; reach++) {
      if (isWord(post + chars.slice(end, end + reach).join(""))) longer = true;
    }
    if (!longer) return post;
  }
  return null;
}
