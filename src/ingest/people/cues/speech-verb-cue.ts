import { isBoundaryChar } from "./boundaries";
import { candidateLengths } from "./name-shape";
import { SPEECH_VERBS } from "./speech-verbs";

/**
 * Names before speech verbs (`谭玉成表示`, `古泰毓说`): a name-shaped run that starts at a clause
 * or phrase boundary and is followed by a speech verb. Returns each candidate start with the
 * lengths that end right at a verb; the tagger's scores choose among them.
 */
const VERBS = [...SPEECH_VERBS].sort((a, b) => b.length - a.length);
/** How many characters after a name a verb may take (longer verbs never match). */
const WINDOW = 6;
/** The verbs as characters: compared in place, where slicing and joining the window at every candidate made garbage. */
const VERB_CHARS = VERBS.map((v) => Array.from(v));

/**
 * The indexes of the verbs starting with each character, longest first: a verb can only start where
 * its first character stands, so a position reads the few verbs starting with its character.
 */
const VERBS_BY_FIRST = new Map<string, number[]>();
VERB_CHARS.forEach((v, k) => {
  const first = v[0];
  if (first !== undefined) VERBS_BY_FIRST.set(first, [...(VERBS_BY_FIRST.get(first) ?? []), k]);
});

/** The longest speech verb starting at `at`, or null. */
export function speechVerbAt(chars: readonly string[], at: number): string | null {
  const ks = at >= 0 && at < chars.length ? VERBS_BY_FIRST.get(chars[at]!) : undefined;
  if (ks === undefined) return null;
  for (const k of ks) if (startsWith(chars, at, VERB_CHARS[k]!)) return VERBS[k]!;
  return null;
}

function startsWith(chars: readonly string[], at: number, word: readonly string[]): boolean {
  if (word.length > WINDOW || at + word.length > chars.length) return false;
  for (let k = 0; k < word.length; k++) if (chars[at + k] !== word[k]) return false;
  return true;
}

export interface SpeakerCandidate {
  start: number;
  lengths: number[];
}

export function speakerCandidates(chars: readonly string[]): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  for (let start = 0; start < chars.length; start++) {
    if (!isBoundaryChar(chars[start - 1])) continue;
    const lengths = candidateLengths(chars, start).filter((len) => speechVerbAt(chars, start + len) !== null);
    if (lengths.length > 0) out.push({ start, lengths });
  }
  return out;
}
