import { isChineseNameShaped } from "./name-shape";
import { writesAsPlace } from "./place-elsewhere";

/**
 * A "name" that ends in a word the article writes, somewhere, as a place (`…的客商常来青岗考察`
 * where the article also writes `青岗县`): the tagger read an adverb or a verb and the place as one
 * transliteration-like name (常来青岗). place-elsewhere.ts drops a name written whole as a place; this
 * drops a name whose tail is one. Only names not shaped like a Chinese name (a surname and one or two
 * characters, 欧阳青岗) are asked, so a person named after a place (柯青岗, with `青岗县` elsewhere)
 * stays; the model's known names stay too (the caller's check). The place must be a word of its
 * own: two characters or more, and the rest of the name at least one. A dotted name is a foreign
 * person's full name, each part its own, however the article writes a part (a painter named after
 * his town, `X·柯岭` where the article writes `柯岭市`: fresh sample, seed 4301).
 */
/** The shortest tail that counts: one character before 县 is a name's own last character as often. */
export const MIN_PLACE_TAIL = 2;
/** The shortest rest of the name before the tail. */
export const MIN_HEAD = 1;

/** The dots between the parts of a foreign name (dotted-transliteration.ts). */
const DOTS = /[·•・‧]/u;

/** The names among `names` whose tail some occurrence in the texts writes as a place. */
export function namesEndingInPlaces(
  texts: readonly (readonly string[])[],
  names: Iterable<string>,
  isPlace: (w: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const full = Array.from(name);
    if (isChineseNameShaped(full) || DOTS.test(name)) continue;
    for (let cut = MIN_HEAD; full.length - cut >= MIN_PLACE_TAIL; cut++) {
      const tail = full.slice(cut);
      if (texts.some((chars) => writesAsPlace(chars, tail, isPlace))) {
        out.add(name);
        break;
      }
    }
  }
  return out;
}
