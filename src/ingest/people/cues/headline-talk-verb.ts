import { descriptorEndsAt } from "./descriptor-cue";

/**
 * A headline's verb read as a surname (`专家谈用法治思维…`, `委员谈…`): headlines write who
 * speaks, then 谈 and the topic. 谈 is a surname too, so the tagger reads 谈 and the topic's first
 * character as a name after the people's word, which a title or descriptor cue then vouches for.
 * In a heading, a two-character "name" led by 谈 right after a descriptor or a title (the caller
 * says where a title ends) is the verb. Body text is left alone: there a person may be named so.
 * audit 9: one headline.
 */
/** The headline verbs of talking that are also surnames. */
export const TALK_VERBS = "谈";
/** The "name"'s length: the verb and one character of the topic. */
export const TALK_NAME_LENGTH = 2;

/** Whether the heading's mention [start, end) is a talk verb and its topic's first character after a people's word. */
export function isHeadlineTalkVerb(
  chars: readonly string[],
  start: number,
  end: number,
  titleEndsAt: (at: number) => boolean,
): boolean {
  if (end - start !== TALK_NAME_LENGTH || !TALK_VERBS.includes(chars[start] ?? "-")) return false;
  return descriptorEndsAt(chars, start) || titleEndsAt(start);
}
