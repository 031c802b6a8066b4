import { isPlaceName } from "./place-names";

/**
 * A "name" that is part of a longer place written around it (`珠|穆朗玛峰`, `圣文森特|和格林纳丁斯`,
 * `加德|满都`): the text there reads the place, so the mention is a piece of it, not a person. The
 * places are the model's place list (learned from the training corpus) and the gazetteer of Chinese
 * places and countries. Known names and credits are exempt (extract-people.ts). Days 16–20 (model of
 * days 1–15): F1 0.9494 → 0.9498 (FP −2, TP ±0).
 */
/** Longest place looked for around a mention (圣文森特和格林纳丁斯 is 10). */
export const MAX_PLACE_LENGTH = 10;

export function isInsideLongerPlace(
  chars: readonly string[],
  start: number,
  end: number,
  knownPlaces: ReadonlySet<string>,
): boolean {
  for (let from = Math.max(0, end - MAX_PLACE_LENGTH); from <= start; from++) {
    for (let to = end; to <= Math.min(chars.length, from + MAX_PLACE_LENGTH); to++) {
      if (from === start && to === end) continue;
      const text = chars.slice(from, to).join("");
      if (knownPlaces.has(text) || isPlaceName(text)) return true;
    }
  }
  return false;
}
