/**
 * 应约 and 应邀 (at someone's request, on invitation) after a name the tagger ran on over them
 * (`外长某某应约同某国外长通电话`, rmrb-web's daily phone-call reports): the two characters open the
 * clause's verb phrase, never end a name (of the PFR month's 10,657 names none ends with 应约 or 应邀),
 * so they go, and the name before them keeps its title (the role went to the run-on name, and the
 * article's other mentions of the true name had none). Found on the dev set dev9 (session 39, rmrb54):
 * six such run-on names in 1,500 fresh pool articles.
 */
export const INVITATION_WORDS: readonly string[] = ["应约", "应邀"];
/** The word's length: the cut takes both characters. */
export const INVITATION_WORD_LENGTH = 2;
/** Shortest name left once the word is cut (a surname and a one-character given name). */
export const MIN_LEFT_LENGTH = 2;

/** How many characters at the end of `start`…`end` are 应约 or 应邀 after a name (0 or 2). */
export function trailingInvitationWord(chars: readonly string[], start: number, end: number): number {
  // cheap check first: the second to last character is 应
  if (end - start < MIN_LEFT_LENGTH + INVITATION_WORD_LENGTH || chars[end - 2] !== "应") return 0;
  const last = chars[end - 1]!;
  return INVITATION_WORDS.some((w) => w[1] === last) ? INVITATION_WORD_LENGTH : 0;
}
