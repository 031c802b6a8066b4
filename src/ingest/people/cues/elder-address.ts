import { HONORIFICS } from "./speech-verbs";
import { charsAt } from "./chars-at";

/**
 * 老 before a form of address (`某某某老先生`, `某某老大娘`, `某某老同志`) makes an elder's address
 * of it: the name ends before 老. The tagger, which knows 先生 after a name but not 老 in front of
 * it, reads 老 as the name's last character (陈某某老|先生: the whole 0.98, the name 0.02 on a PFR
 * fold), so the name came out one character long, and with 老 put back, nothing vouched for the name
 * the tagger doubted. Both are mended here: the edge check ends the name before 老 (name-edges.ts)
 * and the support check takes the elder's address as it takes 先生 (support.ts). The forms are the
 * two-character honorifics (speech-verbs.ts), which the tagger reads as a feature and so are not
 * grown here.
 */
export const ELDER = "老";
const FORMS = HONORIFICS.filter((h) => h.length >= 2).map((h) => Array.from(h));

/** The address after 老 at `at` (老先生 → 先生), or null. */
export function elderAddressAt(chars: readonly string[], at: number): string | null {
  if (chars[at] !== ELDER) return null;
  const form = FORMS.find((f) => charsAt(chars, at + 1, f));
  return form === undefined ? null : form.join("");
}
