import { APPOINTEE_CLOSE, APPOINTING_VERBS } from "./appointee-slot";
import { candidateLengths } from "./name-shape";

/**
 * The appointee as a name the tagger did not read (`任命X为…副主任委员`): between an appointing verb
 * and 为 (appointee-slot.ts, which only vouches for a name the tagger found) the slot is closed on
 * both sides, and what stands there name-shaped (a listed surname and one or two characters, ending
 * right at 为) is the person appointed; the tagger must only not rule it out entirely (a word that
 * starts the slot, 高校, is refused by the caller). audit 9: an appointee the tagger gives 0.0006.
 */

/** The least probability the tagger must give the appointee. */
export const APPOINTEE_NAME_MIN_PROBABILITY = 0.0001;

const VERBS = APPOINTING_VERBS.map((v) => Array.from(v));
const FIRST_CHARS = new Set(VERBS.map((v) => v[0]!));

export interface AppointeeCandidate {
  start: number;
  lengths: number[];
}

/** Name slots right after an appointing verb whose lengths end at 为. */
export function appointeeCandidates(chars: readonly string[]): AppointeeCandidate[] {
  const out: AppointeeCandidate[] = [];
  // one pass finds where a verb's first character stands; most texts hold none (the verbs' order is kept)
  const at0: number[] = [];
  for (let at = 0; at < chars.length; at++) if (FIRST_CHARS.has(chars[at]!)) at0.push(at);
  if (at0.length === 0) return out;
  for (const verb of VERBS) {
    for (const at of at0) {
      if (at + verb.length >= chars.length) break;
      if (chars[at] !== verb[0] || !verb.every((c, k) => chars[at + k] === c)) continue;
      const start = at + verb.length;
      const lengths = candidateLengths(chars, start).filter((n) => chars[start + n] === APPOINTEE_CLOSE);
      if (lengths.length > 0) out.push({ start, lengths });
    }
  }
  return out;
}
