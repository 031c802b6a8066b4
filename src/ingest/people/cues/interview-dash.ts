/**
 * An interview's subtitle (`——访某国某研究所所长某某`): the dash and 访 ("an interview with") open
 * the line (the importer takes a subtitle's dashes off, so the 访 may open the text), and the title or
 * description reader, walking back from the name, took the verb in (`访某国某研究所所长`). A role
 * that starts with 访 where its line starts, or right after a dash, starts after the 访.
 */
export const INTERVIEW_VERB = "访";
/** What may stand right before the 访: a dash (`——`, `—`) or a line break. */
export const SUBTITLE_OPENERS = "—\n";

/**
 * The role ending at `end` in `chars` without the interview's 访 when it opens its line or follows a
 * dash, or the role itself.
 */
export function withoutInterviewVerb(chars: readonly string[], end: number, role: string): string {
  const length = Array.from(role).length;
  const start = end - length;
  if (length < 2 || chars[start] !== INTERVIEW_VERB) return role;
  const before = chars[start - 1];
  return before === undefined || SUBTITLE_OPENERS.includes(before) ? Array.from(role).slice(1).join("") : role;
}
