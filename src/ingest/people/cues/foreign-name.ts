import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { speechVerbAt } from "./speech-verb-cue";
import { titleAfter, titleEndingAt } from "./title-phrase";

/**
 * Foreign names where a name must be: a run of transliteration characters (克雷库, 克里斯滕森),
 * maybe with name dots (哈桑纳尔·博尔基亚), right after a title (`总统克雷库`), or right before a speech
 * verb or a title written after a name (`克雷库说`, `克雷库总统`). The Chinese-name cues never take
 * such a run (no surname starts it); the tagger's span probability still has a veto.
 */
/** Shortest run taken: two transliteration characters are as often a word (亚洲 is not, 利亚 is). */
export const MIN_FOREIGN_NAME_LENGTH = 3;
/** Longest run taken (哈桑纳尔·博尔基亚 is 9). */
export const MAX_FOREIGN_NAME_LENGTH = 12;
const NAME_DOT = "·";

const inRun = (ch: string | undefined) =>
  ch !== undefined && (ch === NAME_DOT || TRANSLITERATION_CPS.has(ch.codePointAt(0)!));

export interface ForeignCandidate {
  start: number;
  end: number;
}

/** Every maximal transliteration run in a name slot. */
export function foreignNameCandidates(chars: readonly string[], places: ReadonlySet<string>): ForeignCandidate[] {
  const out: ForeignCandidate[] = [];
  for (let start = 0; start < chars.length; start++) {
    if (!inRun(chars[start]) || inRun(chars[start - 1])) continue;
    let end = start;
    while (inRun(chars[end])) end++;
    const length = end - start;
    const text = chars.slice(start, end).join("");
    if (length < MIN_FOREIGN_NAME_LENGTH || length > MAX_FOREIGN_NAME_LENGTH) continue;
    if (text.startsWith(NAME_DOT) || text.endsWith(NAME_DOT) || places.has(text)) continue;
    const slot =
      titleEndingAt(chars, start, places) !== null ||
      speechVerbAt(chars, end) !== null ||
      titleAfter(chars, end) !== null;
    if (slot) out.push({ start, end });
  }
  return out;
}
