import { leadingCountry } from "../../people-index/countries";

/**
 * The places of a dateline (`本报慕尼黑2月17日电`, `本报开罗、阿布贾、柏林2月12日电`): the names
 * right before the date that ends in 电 are where the report was filed, so a "name" the tagger
 * finds among them (阿布贾, 喀土穆, 首尔) is a place wherever else the article prints it.
 * The run of places starts after the issuing paper or agency, a bracket, a space or a comma. A
 * city written after its country (`本报瑞士达沃斯1月21日电`) is a place too, without the country.
 */
/** A date that closes a dateline: `2月17日电`, `17日电`. */
const DATELINE_DATE = /[0-9０-９]{1,2}(?:月[0-9０-９]{1,2})?日电/gu;
/** Longest run of places read back from the date (six cities of a joint dateline). */
export const MAX_DATELINE_PLACES_LENGTH = 40;
/** Who issues a dispatch: taken off the front of the run. */
const ISSUERS = ["新华社", "中新社", "人民日报", "本报"];
/** What ends the run of places on the left. */
const RUN_START = /[\s（(，。；：“”）)]/u;

/** The places named by the datelines of `text`. */
export function datelinePlaces(text: string): Set<string> {
  const places = new Set<string>();
  for (const match of text.matchAll(DATELINE_DATE)) {
    let start = match.index;
    while (start > 0 && match.index - start < MAX_DATELINE_PLACES_LENGTH && !RUN_START.test(text[start - 1]!)) start--;
    let run = text.slice(start, match.index);
    const issuer = ISSUERS.find((i) => run.startsWith(i));
    if (issuer !== undefined) run = run.slice(issuer.length);
    for (const place of run.split("、")) {
      if (place.length < 2) continue;
      places.add(place);
      const country = leadingCountry(place);
      if (country !== null && place.length - country.name.length >= 2) places.add(place.slice(country.name.length));
    }
  }
  return places;
}
