/**
 * Items joined into a list and then counted with a measure for things (`甲乙和丙丁两处油田`, `A、B、C
 * 三座古桥`): the count says what the items are, and a measure of places, buildings or objects counts
 * no person (people are counted with 名, 位, 个人). The retrained tagger (session 42) reads such items,
 * transliterated oil fields and plants of a list, as names. A mention followed right away by a count
 * and a thing's measure, with another item (a mention or not) joined to it by 和, 与, 及 or 、, is dropped, and
 * so is each item of that list before it; the name goes wherever the article prints it. A lone name
 * before a count is left alone (`王某两处房产`: a person's two houses).
 */
/** Longest count before the measure, in characters (`十二`). */
export const MAX_COUNT_LENGTH = 2;
const HAN = /^\p{Script=Han}$/u;
const NUMERALS = /^[\p{Nd}一二两三四五六七八九十几]$/u;
/**
 * Measures that count places, buildings and objects, never people: 处 (sites), 座, 条, 所, 项, 片,
 * 块, 颗, 棵, 株, 艘, 架, 辆, 台, 种. 家 (households, firms) and 个 (anything) are left out.
 */
export const THING_MEASURES = "处座条所项片块颗棵株艘架辆台种";
/** Characters that join list items. */
export const LIST_JOINERS = "和与及、";

/** Whether a count of things (`两处`) starts at `at`. */
export function countOfThingsAt(chars: readonly string[], at: number): boolean {
  let count = 0;
  while (count < MAX_COUNT_LENGTH && NUMERALS.test(chars[at + count] ?? "")) count++;
  return count > 0 && THING_MEASURES.includes(chars[at + count] ?? "\n");
}

/** Longest list item after the last mention (`卡兰塔和|莫拉维|两处`), when the tagger left it out. */
export const MAX_ITEM_LENGTH = 4;

/**
 * The spans of a list that a count of things closes: the mention ending right before the count, or
 * joined to an unfound item of up to `MAX_ITEM_LENGTH` Han characters before it, and the mentions
 * joined to that one, back to the first item. Empty unless another item is joined to the last.
 */
export function countedThingSpans(
  chars: readonly string[],
  mentions: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const last of mentions) {
    const counted = countOfThingsAt(chars, last.end);
    if (!counted && !beforeUnfoundLastItem(chars, last.end)) continue;
    const items = [last];
    for (;;) {
      const first = items.at(-1)!;
      if (!LIST_JOINERS.includes(chars[first.start - 1] ?? "\n")) break;
      const before = mentions.find((m) => m.end === first.start - 1);
      if (before === undefined) break;
      items.push(before);
    }
    // another item joined to the last, a mention or not (the tagger may have left it out)
    const joined =
      !counted || (LIST_JOINERS.includes(chars[last.start - 1] ?? "\n") && HAN.test(chars[last.start - 2] ?? ""));
    if (joined) out.push(...items.filter((m) => !out.includes(m)));
  }
  return out;
}

/** Whether a joiner at `at` opens a last item of Han characters that a count of things closes. */
function beforeUnfoundLastItem(chars: readonly string[], at: number): boolean {
  if (!LIST_JOINERS.includes(chars[at] ?? "\n")) return false;
  for (let length = 1; length <= MAX_ITEM_LENGTH; length++) {
    if (!HAN.test(chars[at + length] ?? "")) return false;
    if (length >= 2 && countOfThingsAt(chars, at + 1 + length)) return true;
  }
  return false;
}
