import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { ITEM_END, NAME_CONJUNCTIONS, type Item } from "./list-cue";
import { NAME_DOTS } from "./name-dots";

/**
 * A foreign name's partner across 和/与/及 (`加拿大队的某某金斯和丹尼、…`, `医学院的某某斯托和某某森医生`):
 * the conjunction cue (list-cue.ts) offers only surname-led partners, so beside a transliterated name
 * the partner, transliterated too, was left to the tagger, which doubts a short foreign name with no
 * title. The partner is the whole run of transliteration syllables on the other side of the
 * conjunction, closed on its far side by what closes a list item (punctuation, 、, 等) or, before the
 * conjunction, by 的 (`德国队的…`). Only a name spelt wholly in the table's syllables vouches so:
 * beside a Chinese name (`王刚和阿里`) the other side is a place or a firm as often. The tagger still
 * must not find the partner unlikely (CONJOINED_TRANSLITERATION_MIN_PROBABILITY, apply-cues.ts), and
 * a word or a place of the lexicon is no partner (the caller checks). PFR four folds (fold models):
 * 6606 191 342 → 6608 191 340 at any bar from 0.001 to 0.1 (the two names at 0.39 and under 0.2); dev5–11
 * and 1,000 fresh rmrb-web articles unchanged.
 */
/** The shortest and longest partner, in characters (丹尼; a five-syllable name and a dot). */
export const MIN_PARTNER = 2;
export const MAX_PARTNER = 6;
/** What may stand before a partner that ends at the conjunction: a list item's end, or 的 (`德国队的`). */
const BEFORE_PARTNER = `${ITEM_END}的`;

const inTable = (ch: string | undefined): boolean => ch !== undefined && TRANSLITERATION_CPS.has(ch.codePointAt(0)!);

/** Whether [start, end) is spelt wholly in transliteration syllables (a dot inside allowed), two or more. */
export function isTransliterated(chars: readonly string[], start: number, end: number): boolean {
  if (end - start < MIN_PARTNER) return false;
  for (let at = start; at < end; at++) if (!inTable(chars[at]) && !NAME_DOTS.includes(chars[at]!)) return false;
  return inTable(chars[start]) && inTable(chars[end - 1]);
}

/** The transliterated partners of the name at `name` across a conjunction, after it and before it. */
export function conjoinedTransliterations(chars: readonly string[], name: Item): Item[] {
  const out: Item[] = [];
  if (!isTransliterated(chars, name.start, name.end)) return out;
  const fits = (start: number, end: number) => end - start >= MIN_PARTNER && end - start <= MAX_PARTNER;
  if (NAME_CONJUNCTIONS.includes(chars[name.end] ?? "\n")) {
    const start = name.end + 1;
    let end = start;
    while (inTable(chars[end])) end++;
    if (fits(start, end) && (end === chars.length || ITEM_END.includes(chars[end]!))) out.push({ start, end });
  }
  if (NAME_CONJUNCTIONS.includes(chars[name.start - 1] ?? "\n")) {
    const end = name.start - 1;
    let start = end;
    while (start > 0 && inTable(chars[start - 1])) start--;
    if (fits(start, end) && (start === 0 || BEFORE_PARTNER.includes(chars[start - 1]!))) out.push({ start, end });
  }
  return out;
}
