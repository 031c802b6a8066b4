import { leadingCountry } from "../../people-index/countries";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { isPlaceName } from "./place-names";

/**
 * A foreign name written right after its country, as results and line-ups print them
 * (`瑞典斯特松、芬兰维尔塔宁和丹麦霍尔姆`): the country is where the name's
 * nationality goes, so a run of transliteration characters that follows it and ends where an item
 * ends is a name. A company or a place after a country (美国波音公司, 法国巴黎) does not end there
 * or is a known place; the tagger's span probability still has a veto.
 */
/** A country name is 2–9 characters (以色列, 阿拉伯联合酋长国). */
const MAX_COUNTRY_LENGTH = 9;
/** Shortest run taken: after a country, two characters are a name as often as not (托马, 柯林). */
export const MIN_RUN_AFTER_COUNTRY = 2;
/** Longest run taken. */
export const MAX_RUN_AFTER_COUNTRY = 8;
/** What may stand before the country: the start of the text, punctuation, or a list's joining word. */
const BEFORE_COUNTRY = new Set(["、", "，", "；", "：", "（", "“", "。", "和", "与", "及"]);
/** What must follow the name: punctuation or a joining word (an item ends there). */
const AFTER_NAME = new Set(["、", "，", "；", "：", "。", "）", "”", "和", "与", "及", "等"]);

const translit = (ch: string | undefined) => ch !== undefined && TRANSLITERATION_CPS.has(ch.codePointAt(0)!);

/** The country name ending at `at` (right before a name), if one does, starting at an item boundary. */
function countryEndingAt(chars: readonly string[], at: number): string | null {
  for (let length = Math.min(MAX_COUNTRY_LENGTH, at); length >= 2; length--) {
    const start = at - length;
    const text = chars.slice(start, at).join("");
    // the longest country there, not the start of a longer one (印度 of 印度尼西亚)
    if (leadingCountry(chars.slice(start, start + MAX_COUNTRY_LENGTH).join(""))?.name !== text) continue;
    if (start === 0 || BEFORE_COUNTRY.has(chars[start - 1]!)) return text;
  }
  return null;
}

/**
 * Transliteration runs right after a country that end an item. Not after `country + 的`: that is
 * as often a law or a plan (某国的达马法) as a person.
 */
export function namesAfterCountry(
  chars: readonly string[],
  places: ReadonlySet<string>,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = 2; at < chars.length; at++) {
    const start = at;
    if (!translit(chars[start])) continue;
    let end = start;
    while (translit(chars[end]) && end - start < MAX_RUN_AFTER_COUNTRY + 1) end++;
    const length = end - start;
    if (length < MIN_RUN_AFTER_COUNTRY || length > MAX_RUN_AFTER_COUNTRY) continue;
    if (end < chars.length && !AFTER_NAME.has(chars[end]!)) continue;
    if (countryEndingAt(chars, at) === null) continue;
    const text = chars.slice(start, end).join("");
    if (places.has(text) || isPlaceName(text)) continue;
    out.push({ start, end });
  }
  return out;
}
