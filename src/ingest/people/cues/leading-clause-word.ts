/**
 * A name the tagger ran on over the word before it, a conjunction, preposition or adverb that opens
 * what follows (`而郑弘、曹大元…`, `同刘志丹、谢子长等`, `即马克思、恩格斯`, `如克劳斯、博斯科夫斯基`):
 * the character is no name's first one (of the 10,657 names of days 1–20 of the PFR month none
 * starts with one of them, while 由, 应, 和, 于 and 曾 do start names: surnames, left out). The
 * character goes; the rest stays a name only if the tagger reads it as one there
 * (`LEADING_WORD_REST_MIN_PROBABILITY`), else the whole mention goes (`即草岚子监狱`, `到嘉兴考察`).
 * Four folds of days 1–20: scripts/people/README.md, session 32 fourth part. 据 (according to:
 * `据柯某委员会介绍`) joined on dev5 (issue 14); no PFR name starts with it.
 */
export const CLAUSE_OPENERS = "而即如与同到来为据";

/**
 * The tagger's probability for the rest being a name where it stands: 郑弘 after 而 is well above
 * it, a place or a thing (草岚子 of a prison's name) below.
 */
export const LEADING_WORD_REST_MIN_PROBABILITY = 0.0001;

/**
 * 应 opens a clause too where the clause closes on the invitation it answers (`应温多总统邀请`,
 * `应某某之邀`): the frame 应…邀请 / 应…之邀, the invitation printed at most this many characters after
 * the name (a title between: 总统, 国务资政, 第一副总理), and no clause mark between. A person
 * surnamed 应 who invites (`应某某邀请专家`) reads the same and is cut too: the rest is kept only if
 * the tagger reads it as a name there, as for the other openers. Found on the dev set dev5–7 (issue 14).
 */
export const INVITATION_MAX_GAP = 8;
const INVITATION_OPENER = "应";
const INVITATIONS = ["邀请", "之邀"];
const CLAUSE_MARKS = new Set(Array.from("，。；：！？、,;:!?（）()“”\n"));

/** How many characters before a name of `start`…`end` are the clause's opening word (0 or 1). */
export function leadingClauseWord(chars: readonly string[], start: number, end: number): number {
  if (end - start < 3) return 0;
  if (CLAUSE_OPENERS.includes(chars[start]!)) return 1;
  return opensInvitation(chars, start, end) ? 1 : 0;
}

/** Whether the 应 at `start` opens an invitation frame around the name that follows it up to `end`. */
export function opensInvitation(chars: readonly string[], start: number, end: number): boolean {
  return chars[start] === INVITATION_OPENER && answersInvitation(chars, end);
}

/** Whether the clause after a name at `end` closes on an invitation (`…总统邀请`) within `INVITATION_MAX_GAP`. */
function answersInvitation(chars: readonly string[], end: number): boolean {
  for (let at = end; at <= end + INVITATION_MAX_GAP && at + 1 < chars.length; at++) {
    if (CLAUSE_MARKS.has(chars[at]!)) return false;
    const two = chars[at]! + chars[at + 1]!;
    if (INVITATIONS.includes(two)) return true;
  }
  return false;
}
