import { isSpace } from "@/text/char-class";
import { MAX_KNOWN_PLACE_LENGTH } from "./title-words";

/**
 * A reader's or a guest's byline under a piece's heading: a paragraph of its own holding where the writer
 * is and the name (`江宁南岭 林海`, printed with a space the importer takes out), as a letters' or
 * comments' column prints it. The name is the piece's author, so its role is `reporter`, as for other
 * credits; the tagger found these names but no cue gave them a role. The paragraph must hold nothing
 * else: one known place or up to `MAX_BYLINE_PLACES` known places written together (a province and its
 * city), then the name to the paragraph's end. Audit 7 (session 37, rmrb43).
 */
/** Most known places written together before the name (a province, a city, a county). */
export const MAX_BYLINE_PLACES = 3;

/** Whether the name from `start` to `end` is a byline: its paragraph (`chars`) is `<place><name>` and nothing else. */
export function isPlaceByline(
  chars: readonly string[],
  start: number,
  end: number,
  places: ReadonlySet<string>,
): boolean {
  const text = (from: number, to: number) =>
    chars
      .slice(from, to)
      .filter((ch) => !isSpace(ch))
      .join("");
  // nothing but spaces after the name: looked at character by character before any text is joined
  for (let at = end; at < chars.length; at++) if (!isSpace(chars[at]!)) return false;
  // and no more characters before it than the places can hold
  let before = 0;
  for (let at = 0; at < start; at++)
    if (!isSpace(chars[at]!) && ++before > MAX_BYLINE_PLACES * MAX_KNOWN_PLACE_LENGTH) return false;
  return placesOnly(text(0, start), places, MAX_BYLINE_PLACES);
}

/** Whether `text` is one to `most` known places written together. */
function placesOnly(text: string, places: ReadonlySet<string>, most: number): boolean {
  if (text === "" || most === 0) return false;
  const chars = Array.from(text);
  for (let len = Math.min(MAX_KNOWN_PLACE_LENGTH, chars.length); len >= 2; len--) {
    if (!places.has(chars.slice(0, len).join(""))) continue;
    const rest = chars.slice(len).join("");
    if (rest === "" || placesOnly(rest, places, most - 1)) return true;
  }
  return false;
}
