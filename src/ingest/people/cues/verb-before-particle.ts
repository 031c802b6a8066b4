import { isParticle } from "./aspect-particle";
import { isChineseNameShaped } from "./name-shape";

/**
 * A three-character name right before the particle 着 (`获奖的李某拉着母亲的手`): 着 follows a
 * verb, and a name is none, so the name's last character is the verb (拉着, 握着, 带着) and the name
 * ends before it. The tagger, reading a surname and two characters, took the verb (李某拉 0.98 on a
 * PFR fold). Only where the two characters left are a name's shape (a surname and one character), and
 * not before a word that opens with 着 (着急, 着手: `王某着急地说` keeps its name: aspect-particle.ts).
 * PFR folds: one false name gone (the name left is too doubtful to keep); dev5–11 and 1,000 fresh
 * rmrb-web articles unchanged.
 */
export const CUT_FROM_LENGTH = 3;

/** Whether the name [start, end) ends with a verb before the particle 着: it ends one character sooner. */
export function endsWithVerbBeforeParticle(chars: readonly string[], start: number, end: number): boolean {
  return end - start === CUT_FROM_LENGTH && isParticle(chars, end) && isChineseNameShaped(chars.slice(start, end - 1));
}
