import { NAME_DOTS } from "./name-dots";
import { isHan } from "@/text/char-class";
import { HONORIFICS } from "./speech-verbs";
import { PLACE_SUFFIXES } from "./place-suffix";
import { leadingClauseWord } from "./leading-clause-word";
import { trailingClauseWord } from "./trailing-clause-word";

/**
 * A 、 list of names is read item by item: between two separators stands one whole name. Two
 * misreadings this mends (both common in lists of delegates, where nothing but the list tells the
 * tagger where a name ends):
 * - a name cut short or run long inside its item (陆永|曾, 柏文|和, 吐|尔洪·买提): the mention is
 *   stretched to the whole item;
 * - an item the tagger missed between names (汝林, 经少平, 固林 — surnames a list of surnames does
 *   not hold): it is a name when the list already holds names and it stands next to one.
 * Items are bounded by 、 and by clause punctuation or brackets (`柏文和（满族）`), not by 和/及,
 * which end names as often as they join them.
 */
export const LIST_SEPARATOR = "、";
/** Characters that end a list item besides 、. */
const ITEM_BOUNDS = "，。；：！？（）()“”‘’《》「」\n 　/／等";
/**
 * A list's last item ends at 为 when the item before it is short enough to be a name: in lists of
 * people elected or appointed (`…、柯远、宁小禾为副省长`) 为 starts the post, so the name is the item.
 * Days 16–20 (model of days 1–15): F1 0.9466 → 0.9473 (TP +3, FP +0).
 */
const LAST_ITEM_END = "为";
/** Longest plain item taken for a name: a compound surname and a two-character given name. */
export const MAX_PLAIN_ITEM = 4;
/** Longest dotted item (阿力木·买买提, 阿旺·洛桑次仁嘉措): names of several parts. */
export const MAX_DOTTED_ITEM = 16;
/** Names a list must hold already (besides the item) before an item nobody tagged is taken. */
export const MIN_NAMES_IN_LIST = 2;
/** Longest note in brackets after an item (（女，蒙古族）) read as part of it. */
export const MAX_NOTE = 10;
/** Characters a list item may add around the name inside it when it is stretched to the item. */
export const MAX_STRETCH = 2;
/**
 * The same for a dotted item, whose parts the tagger cuts at any syllable (阿不都|卡德尔·乃斯尔丁,
 * 吾甫尔·阿|不都拉): a whole part of up to six characters may be missing. Days 16–20 (model of days
 * 1–15): 2 (as plain items) → F1 0.9415, 6 → 0.9425 (TP +2, FP −2).
 */
export const MAX_DOTTED_STRETCH = 6;

export interface ListItem {
  start: number;
  end: number;
}

/** Whether an item could be one name: Han (and name dots), not too long, not a title or a place. */
export function isNameLikeItem(text: string): boolean {
  const chars = Array.from(text);
  const dotted = chars.some((c) => NAME_DOTS.includes(c));
  if (chars.length < 2 || chars.length > (dotted ? MAX_DOTTED_ITEM : MAX_PLAIN_ITEM)) return false;
  if (!chars.every((c) => isHan(c) || NAME_DOTS.includes(c))) return false;
  if (NAME_DOTS.includes(chars[0]!) || NAME_DOTS.includes(chars.at(-1)!)) return false;
  if (HONORIFICS.some((h) => h.length >= 2 && text.endsWith(h))) return false;
  return !PLACE_SUFFIXES.includes(chars.at(-1)!);
}

/** The 、 lists of a text: runs of two or more items joined by 、, each item between separators. */
export function listsOf(chars: readonly string[]): ListItem[][] {
  const lists: ListItem[][] = [];
  // a list of two items needs a 、 between them: a text without one has none (one scan, no items built)
  if (!chars.includes(LIST_SEPARATOR)) return lists;
  let current: ListItem[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    const ch = chars[i];
    const endsLastItem = ch === LAST_ITEM_END && current.length > 0 && i - start >= 2 && i - start <= MAX_PLAIN_ITEM;
    if (ch !== undefined && ch !== LIST_SEPARATOR && !ITEM_BOUNDS.includes(ch) && !endsLastItem) continue;
    let next = i;
    // a note in brackets after an item (柏文和（满族）、) belongs to it: the list runs on after it
    if (ch === "（" || ch === "(") {
      const close = chars.indexOf(ch === "（" ? "）" : ")", i);
      if (close > i && close - i <= MAX_NOTE && chars[close + 1] === LIST_SEPARATOR) next = close + 1;
    }
    // a list's first item opens its clause: the opening word (而|郑弘、曹大元) is not the name's
    // and an item runs into the clause's verb (…、李军、赖斌|说，): the verb is not the name's
    if (i > start) {
      const first = current.length === 0 ? start + leadingClauseWord(chars, start, i) : start;
      current.push({ start: first, end: i - trailingClauseWord(chars, first, i) });
    }
    if (chars[next] !== LIST_SEPARATOR || i === start) {
      if (current.length >= 2) lists.push(current);
      current = [];
    }
    i = next;
    start = next + 1;
  }
  return lists;
}

export interface Named {
  start: number;
  end: number;
}

/**
 * What the list says of each item, given the names found so far: `stretch` an item that holds one
 * name which is not the whole item, `add` an item with no name next to one. Pure: the caller checks
 * each against the tagger and the word lists.
 */
export function listItemVerdicts(
  chars: readonly string[],
  names: readonly Named[],
): { stretch: { item: ListItem; name: Named }[]; add: ListItem[] } {
  const stretch: { item: ListItem; name: Named }[] = [];
  const add: ListItem[] = [];
  for (const list of listsOf(chars)) {
    const inside = list.map((item) => names.filter((n) => n.start < item.end && item.start < n.end));
    const isName = inside.map((ns, k) => ns.length === 1 && within(ns[0]!, list[k]!));
    const nameCount = isName.filter(Boolean).length;
    list.forEach((item, k) => {
      const text = chars.slice(item.start, item.end).join("");
      if (!isNameLikeItem(text)) return;
      const ns = inside[k]!;
      if (ns.length === 1) {
        const name = ns[0]!;
        const extra = item.end - item.start - (Math.min(name.end, item.end) - Math.max(name.start, item.start));
        const spills = name.start < item.start || name.end > item.end;
        const limit = Array.from(text).some((c) => NAME_DOTS.includes(c)) ? MAX_DOTTED_STRETCH : MAX_STRETCH;
        if ((extra > 0 || spills) && extra <= limit && nameCount - (isName[k] ? 1 : 0) >= 1)
          stretch.push({ item, name });
      } else if (ns.length === 0 && nameCount >= MIN_NAMES_IN_LIST && (isName[k - 1] || isName[k + 1])) {
        add.push(item);
      }
    });
  }
  return { stretch, add };
}

function within(name: Named, item: ListItem): boolean {
  return name.start >= item.start && name.end <= item.end;
}
