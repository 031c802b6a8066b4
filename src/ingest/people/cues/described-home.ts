import { descriptorEndsAt } from "./descriptor-cue";
import { candidateLengths } from "./name-shape";

/**
 * A name closed on both sides by a word saying what someone is before it and their home after it
 * (`走进村民X家，`, `来到牧民X家中`): a home is a person's, so the slot leaves little but a name, as
 * the described speaker's (described-speaker.ts) does, and the tagger need only not rule it out (the
 * caller asks DESCRIBED_SPEAKER_MIN_PROBABILITY). The descriptor alone asks 0.05: a noun follows it
 * as often; the model retrained on days 1–20 gives a surname-led villager there 0.036 (session 42).
 * The name's last character and 家 must make no word (村民王大家: 大家, 作家, 专家), and 家 must end
 * the phrase: punctuation, or 中 / 里 (家中, 家里), never the next word's start (家具, 家乡).
 */
/** The home written after the name. */
export const HOME = "家";
/** What may follow 家 for the slot to close there. */
const AFTER_HOME = /^[\p{P}中里]$/u;

export interface DescribedHome {
  start: number;
  lengths: number[];
}

/** The name slots right after a descriptor whose lengths end at 家 closing the phrase. */
export function describedHomeCandidates(
  chars: readonly string[],
  isWord: (w: string) => boolean,
  /** `candidateLengths(chars, at)` for every position from 1, when the caller has them already */
  lengthsAt?: readonly (readonly number[])[],
): DescribedHome[] {
  const out: DescribedHome[] = [];
  for (let start = 1; start < chars.length; start++) {
    if (lengthsAt !== undefined && lengthsAt[start]!.length === 0) continue;
    if (!descriptorEndsAt(chars, start)) continue;
    const lengths = (lengthsAt?.[start] ?? candidateLengths(chars, start)).filter((n) => {
      const end = start + n;
      if (chars[end] !== HOME || !AFTER_HOME.test(chars[end + 1] ?? "")) return false;
      return !isWord(`${chars[end - 1]}${HOME}`);
    });
    if (lengths.length > 0) out.push({ start, lengths });
  }
  return out;
}
