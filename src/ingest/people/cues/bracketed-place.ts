import { leadingCountry } from "../../people-index/countries";

/**
 * A city printed in brackets right after its country (`南苏丹（朱巴）`): the bracket says
 * where in the country, so a "name" the tagger finds there (朱巴) is a place wherever else the article
 * prints it. Only a short bracket of Han characters directly after a country's whole name.
 */
/** Longest bracketed city read, in characters. */
export const MAX_BRACKETED_PLACE = 4;
/** Longest country name looked for before the bracket. */
const MAX_COUNTRY = 8;
const BRACKETED = new RegExp(`（(\\p{Script=Han}{2,${MAX_BRACKETED_PLACE}})）`, "gu");

/** The places `text` prints in brackets after a country's name. */
export function bracketedPlaces(text: string): Set<string> {
  const places = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) {
    const before = text.slice(Math.max(0, match.index - MAX_COUNTRY), match.index);
    for (let from = 0; from <= before.length - 2; from++) {
      const tail = before.slice(from);
      if (leadingCountry(tail)?.name === tail) {
        places.add(match[1]!);
        break;
      }
    }
  }
  return places;
}
