import { isBoundaryChar } from "./boundaries";
import { candidateLengths } from "./name-shape";
import { SPEECH_VERBS } from "./speech-verbs";

/**
 * Names before speech verbs (`谭玉成表示`, `古泰毓说`): a name-shaped run that starts at a clause
 * or phrase boundary and is followed by a speech verb. Returns each candidate start with the
 * lengths that end right at a verb; the tagger's scores choose among them.
 */
const VERBS = [...SPEECH_VERBS].sort((a, b) => b.length - a.length);

export function speechVerbAt(chars: readonly string[], at: number): string | null {
  const next = chars.slice(at, at + 6).join("");
  return VERBS.find((v) => next.startsWith(v)) ?? null;
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
