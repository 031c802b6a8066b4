import type { Mention } from "../mentions";

/**
 * A cue's name whose given name the tagger read alone (`冠军谈|某萍`: the tagger took 谈 for the verb
 * "talk" and the two characters after it for the name). The cue (a title or a descriptor before the slot) says
 * the name starts at the surname, and its three characters are name-shaped, so the tagger's two give
 * way to the cue's three. Only a tagger's guess gives way, and only one that is exactly the cue's
 * name less its first character. PFR folds: one name (the cue's reading and the tagger's both 0.38); dev5–11 and 1,000 fresh rmrb-web articles unchanged.
 */
export const WHOLE_LENGTH = 3;

/** The tagger's mention that is the cue's name [start, end) less its surname, or undefined. */
export function givenNameReadAlone(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  if (end - start !== WHOLE_LENGTH) return undefined;
  return mentions.find((m) => m.source === "tagger" && m.start === start + 1 && m.end === end);
}
