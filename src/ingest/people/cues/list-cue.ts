import { candidateLengths, isChineseNameShaped } from "./name-shape";

/**
 * Names in a list (`区领导陈伟敏、罗丽贤、…、曾梅青，`): the items between 、 next to a known name
 * are names too when they are name-shaped. A list is where the tagger is least sure (names follow
 * names with no context words), and where one name found vouches for its neighbours.
 */
export const LIST_SEPARATOR = "、";
/** Longest list item we take for a name, in characters (compound surname + two). */
export const MAX_ITEM_LENGTH = 4;
/** Characters that end a list item besides 、: clause punctuation and the words that close a list. */
export const ITEM_END = "，。；：！？、）（“”《》等及和与\n";

export interface Item {
  start: number;
  end: number;
}

/** The list item that starts at `start` (up to the next separator), or null if too long. */
export function itemFrom(chars: readonly string[], start: number): Item | null {
  let end = start;
  while (end < chars.length && !ITEM_END.includes(chars[end]!)) end++;
  return end > start && end - start <= MAX_ITEM_LENGTH ? { start, end } : null;
}

/** The list item that ends at `end` (back to the previous separator or title). */
export function itemUntil(chars: readonly string[], end: number): Item | null {
  let start = end;
  while (start > 0 && !ITEM_END.includes(chars[start - 1]!)) start--;
  return end > start && end - start <= MAX_ITEM_LENGTH ? { start, end } : null;
}

/**
 * Neighbours of a known name in a 、 list: walks right and left from the name while items are
 * name-shaped, so `陈伟敏、罗丽贤、杨泽鋆` from 陈伟敏 yields 罗丽贤 and 杨泽鋆.
 */
export function listNeighbours(chars: readonly string[], name: Item): Item[] {
  const found: Item[] = [];
  let at = name.end;
  while (chars[at] === LIST_SEPARATOR) {
    const item = itemFrom(chars, at + 1);
    if (item === null || !isChineseNameShaped(chars.slice(item.start, item.end))) break;
    found.push(item);
    at = item.end;
  }
  at = name.start;
  while (chars[at - 1] === LIST_SEPARATOR) {
    const item = itemUntil(chars, at - 1);
    if (item === null || !isChineseNameShaped(chars.slice(item.start, item.end))) break;
    found.unshift(item);
    at = item.start;
  }
  return found;
}

/** Words that join two names (`饶琅和李荣娟`): a name on one side makes a name on the other likely. */
export const NAME_CONJUNCTIONS = "和与及";

/** Spans that could be a name joined to this one by 和/与/及, on either side. */
export function conjoinedCandidates(chars: readonly string[], name: Item): Item[] {
  const out: Item[] = [];
  if (NAME_CONJUNCTIONS.includes(chars[name.end] ?? "")) {
    for (const length of candidateLengths(chars, name.end + 1))
      out.push({ start: name.end + 1, end: name.end + 1 + length });
  }
  if (NAME_CONJUNCTIONS.includes(chars[name.start - 1] ?? "")) {
    const end = name.start - 1;
    for (let length = 2; length <= 4 && end - length >= 0; length++) {
      if (isChineseNameShaped(chars.slice(end - length, end))) out.push({ start: end - length, end });
    }
  }
  return out;
}
