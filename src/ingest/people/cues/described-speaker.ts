import { descriptorEndsAt } from "./descriptor-cue";
import { candidateLengths } from "./name-shape";
import { speechVerbAt } from "./speech-verb-cue";

/**
 * A name closed on both sides: a word saying what someone is before it and a verb of saying after it
 * (`村民X说`, `现年八十岁的村民X说`). Each side alone is a cue the tagger must half agree with
 * (the descriptor and speech cues ask 0.05: a verb follows units and pronouns too, a descriptor is
 * followed by a noun as often); both together leave little but a name, so the tagger need only not
 * rule it out. audit 9: a villager (0.021) after 村民 and before 说.
 */

/** The least probability the tagger must give a name between a descriptor and a verb of saying. */
export const DESCRIBED_SPEAKER_MIN_PROBABILITY = 0.01;

export interface DescribedSpeaker {
  start: number;
  lengths: number[];
}

/** The name slots right after a descriptor whose lengths end at a verb of saying. */
export function describedSpeakerCandidates(
  chars: readonly string[],
  /** `candidateLengths(chars, at)` for every position from 1, when the caller has them already */
  lengthsAt?: readonly (readonly number[])[],
): DescribedSpeaker[] {
  const out: DescribedSpeaker[] = [];
  for (let start = 1; start < chars.length; start++) {
    // no name shape there (an array read), then the descriptor (one set lookup answers most positions)
    if (lengthsAt !== undefined && lengthsAt[start]!.length === 0) continue;
    if (!descriptorEndsAt(chars, start)) continue;
    const lengths = (lengthsAt?.[start] ?? candidateLengths(chars, start)).filter(
      (n) => speechVerbAt(chars, start + n) !== null,
    );
    if (lengths.length > 0) out.push({ start, lengths });
  }
  return out;
}
