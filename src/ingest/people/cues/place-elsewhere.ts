import { isChineseNameShaped } from "./name-shape";
import { isFollowedByPlaceSuffix } from "./place-suffix";

/**
 * A name that the article writes, somewhere, as a place is a place everywhere in it. The tagger reads
 * each sentence alone: `西哈努克港经济特区` says 西哈努克 is a port (place-suffix.ts drops that
 * mention), but in `将在柬埔寨西哈努克、暹粒举行` the same word stood as a name. Likewise a stage
 * of a tour, `德国杜塞尔多夫站` (and the headline's `杜塞尔多夫站以…`), or `英国盖茨黑德站`: a
 * known place, the word, then 站 (rmrb-web: dev4 西哈努克 and 杜塞尔多夫, audit 盖茨). So an occurrence
 * that reads as a place (a place suffix after it, or a place before it and 站 after) drops every
 * mention of the name in the article. Names the tagger's lexicon knows as people are kept, and so
 * are names shaped like Chinese names (a surname and one or two characters): places and roads are
 * named after people (`英雄沈星纪念馆`, `“沈星路”`, dev2, where the spread lost 沈星); a transliterated
 * word or one without a surname (鹤林 of `鹤林寺`) is not.
 * The people of such a place are no name either, whatever the shape: a "name" of a place's word and
 * 人 (`那某人说起这些` where the article writes `那某村`) is dropped when its stem reads as a place
 * anywhere in the article (dev5, issue 14).
 * A state of India or Myanmar is written with 邦 and read as a transliterated name (`北阿坎德邦`,
 * `北克钦邦`, dev11): a name that ends in 邦 and is not shaped like a Chinese name (a surname and one
 * or two characters: 郑建邦 stays) is that place, written so wherever it stands.
 */
/** What makes a place's word its people: `那某人`, `张庄人`. */
export const PEOPLE_OF_PLACE = "人";
/** What ends the name of a state of India or Myanmar (北方邦, 克钦邦): no transliterated name ends so. */
export const STATE_SUFFIX = "邦";
/** The shortest such state's name that counts (掸邦 is 2; 孟邦 is shaped like a Chinese name and kept). */
export const MIN_STATE_LENGTH = 2;
/** After a known place, the stop of a tour or a line: `德国杜塞尔多夫站`, `北京南站`. */
export const STAGE_SUFFIX = "站";
/** The longest known place looked for right before the word (德国, 柬埔寨, 哈萨克斯坦 is 5). */
export const MAX_PLACE_BEFORE = 5;
/** The shortest known place that counts: one character (省, 市) would be a name's own first character. */
export const MIN_PLACE_BEFORE = 2;

/** Whether the word at [start, end) of `chars` is written as a place there. */
export function readsAsPlaceAt(
  chars: readonly string[],
  start: number,
  end: number,
  isPlace: (w: string) => boolean,
): boolean {
  if (isFollowedByPlaceSuffix(chars, end)) return true;
  if (chars[end] !== STAGE_SUFFIX) return false;
  for (let n = MIN_PLACE_BEFORE; n <= MAX_PLACE_BEFORE && start - n >= 0; n++)
    if (isPlace(chars.slice(start - n, start).join(""))) return true;
  return false;
}

/** Whether some occurrence of `word` in `chars` is written as a place. */
export function writesAsPlace(
  chars: readonly string[],
  word: readonly string[],
  isPlace: (w: string) => boolean,
): boolean {
  for (let i = 0; i + word.length <= chars.length; i++) {
    if (word.some((c, k) => chars[i + k] !== c)) continue;
    if (readsAsPlaceAt(chars, i, i + word.length, isPlace)) return true;
  }
  return false;
}

/** The names among `names` that some occurrence in the texts writes as a place. */
export function namesWrittenAsPlaces(
  texts: readonly (readonly string[])[],
  names: Iterable<string>,
  isPlace: (w: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const full = Array.from(name);
    // the people of a place (那某人): its stem is what must read as a place, at any shape
    const people = full.length >= 3 && full.at(-1) === PEOPLE_OF_PLACE;
    const word = people ? full.slice(0, -1) : full;
    if (!people && isChineseNameShaped(word)) continue;
    // a state's name (北阿坎德邦): the name itself is written as a place
    if (!people && word.length >= MIN_STATE_LENGTH && word.at(-1) === STATE_SUFFIX) {
      out.add(name);
      continue;
    }
    if (texts.some((chars) => writesAsPlace(chars, word, isPlace))) out.add(name);
  }
  return out;
}
