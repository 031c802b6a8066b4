import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/text/surnames";
import { canBeInName } from "./boundaries";
import { speechVerbAt } from "./speech-verb-cue";

/**
 * A name right after a title whose first character is no listed surname (`首席执行官福力慧分析称`):
 * the title cue (apply-cues.ts) tries only surname-led names there, and the tagger, which saw few
 * such names, does not take them on its own. The slot must be closed on both sides: a title before
 * (the caller's check), and after the name punctuation, a verb of saying or a word (分析, 表示), the
 * name's last character making no word with the next one. The name is no word and holds none
 * (职务, 亲自带队 are not names).
 */
/**
 * The length of such a name: a surname the list does not know and two characters. Two characters
 * after a title are a verb as often (书记叫来, 局长问清, 总书记笑着说: PFR days 1–20 and audit 1).
 */
export const SLOT_NAME_LENGTHS: readonly number[] = [3];
/** The lengths of a word that closes the slot (分析, 进一步). */
export const CLOSING_WORD_LENGTHS: readonly number[] = [2, 3];

export interface TitleSlotCandidate {
  start: number;
  lengths: number[];
}

/**
 * Names that could start at `start`, right after a title, by the closed-slot test above;
 * `isWord` says whether a string is a known word or place.
 */
export function titleSlotLengths(chars: readonly string[], start: number, isWord: (w: string) => boolean): number[] {
  const first = chars[start];
  if (first === undefined || SINGLE_SURNAMES.has(first) || COMPOUND_SURNAMES.has(first + (chars[start + 1] ?? "")))
    return [];
  const text = (from: number, to: number) => chars.slice(from, to).join("");
  return SLOT_NAME_LENGTHS.filter((length) => {
    const end = start + length;
    if (end > chars.length || !chars.slice(start, end).every(canBeInName)) return false;
    // a verb of saying inside is the clause's verb (总书记笑着说)
    for (let at = start; at < end; at++) if (speechVerbAt(chars, at) !== null) return false;
    // no word inside the name: any two or more of its characters
    for (let a = start; a < end - 1; a++) for (let b = a + 2; b <= end; b++) if (isWord(text(a, b))) return false;
    return isClosedAt(chars, end, isWord) && !isWord(text(end - 1, end + 1));
  });
}

/** Whether a name may end at `end`: punctuation or the text's end, a verb of saying, or a word. */
function isClosedAt(chars: readonly string[], end: number, isWord: (w: string) => boolean): boolean {
  const next = chars[end];
  if (next === undefined || /[\p{P}\s]/u.test(next)) return true;
  if (speechVerbAt(chars, end) !== null) return true;
  return CLOSING_WORD_LENGTHS.some(
    (length) => end + length <= chars.length && isWord(chars.slice(end, end + length).join("")),
  );
}
