import { NAME_DOTS } from "./name-dots";
import type { Mention } from "../mentions";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { placeCountAt } from "./place-count-list";

/**
 * Two dotted foreign names joined by a conjunction are read by the tagger as one span:
 * `…授予<甲>·<乙>和<丙>·<丁>三名经济学家` gave one "name" running over 和 (dev 6: two laureates of
 * a prize, lost with the short name used alone later). A transliterated name holds no 和, 与 or 及
 * (none is in the transliteration table), so a span whose part before the conjunction ends in a
 * dotted last part spelt in transliteration characters, and whose part after it starts with a first
 * part spelt so and then a dot, is two names: it is split at the conjunction, and each half goes on
 * through the tagger-slip fixes (a trailing count word, an adverb) on its own. A pair a count of
 * places closes (`<甲>·<乙>和<丙>·<丁>两个地区`: two districts of a city, 600 fresh articles) is no
 * person at all and is dropped whole (place-count-list.ts reads the same count after a 、 list).
 */
/** Conjunctions that join two people in a list: 和, 与, 及. */
export const PAIR_CONJUNCTIONS = "和与及";
/** Characters the left name's last part and the right name's first part must each have, all transliteration. */
export const MIN_PAIR_PART_CHARS = 2;

const isTransliteration = (c: string) => TRANSLITERATION_CPS.has(c.codePointAt(0)!);

/** The index of the conjunction that joins two dotted names inside [start, end), or -1. */
export function dottedPairSplit(chars: readonly string[], start: number, end: number): number {
  let lastDot = -1;
  for (let k = start; k < end; k++) {
    const c = chars[k]!;
    if (NAME_DOTS.includes(c)) {
      lastDot = k;
      continue;
    }
    if (lastDot < 0 || !PAIR_CONJUNCTIONS.includes(c)) continue;
    const leftLast = chars.slice(lastDot + 1, k);
    if (leftLast.length < MIN_PAIR_PART_CHARS || !leftLast.every(isTransliteration)) return -1;
    let dot = k + 1;
    while (dot < end && !NAME_DOTS.includes(chars[dot]!)) dot++;
    if (dot >= end - 1) return -1;
    const rightFirst = chars.slice(k + 1, dot);
    return rightFirst.length >= MIN_PAIR_PART_CHARS && rightFirst.every(isTransliteration) ? k : -1;
  }
  return -1;
}

/** The mention, or its two halves if it is two dotted names joined by a conjunction, or none if they are places. */
export function splitDottedPair(chars: readonly string[], m: Mention): Mention[] {
  const k = dottedPairSplit(chars, m.start, m.end);
  if (k < 0) return [m];
  if (placeCountAt(chars, m.end)) return [];
  return [
    { ...m, end: k, name: chars.slice(m.start, k).join("") },
    { ...m, start: k + 1, name: chars.slice(k + 1, m.end).join("") },
  ];
}
