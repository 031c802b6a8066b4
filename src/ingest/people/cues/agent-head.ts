import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { clauseTitleStart, MAX_CLAUSE_TITLE_LENGTH } from "./title-clause";
import { ACTION_VERBS, SPEECH_VERBS } from "./speech-verbs";

/**
 * A title whose head the title reader does not know (`联合国驻华系统|协调员`, `据|列车长`,
 * `…企业疫情防控|督导员`): the reader ends a title only at a head of its lists, and these posts are
 * too many to list. Read structurally: an agent suffix (员, 长, 师, 官) right after a two-character
 * word of the reference dictionary (CC-CEDICT common words: 协调, 列车, 督导) makes a head — a word
 * and the one who does it or heads it. The word must be two characters on its own, so a verb or noun
 * that ends in the suffix (动员, 增长, 成员) is no head: there the suffix is the word's own second
 * character, and the two characters before it are no word (`全体|成员`: 体成). The title is read back
 * from the head to its clause's start as a cut title is (`clauseTitleStart`: openers such as 据 and
 * pronouns left out), but a stretch that holds a speech or action verb (说, 表示, 来到) is a clause,
 * not a title, and gives no title.
 */
/** Characters that make a post of a word before them: a member, a head, a master, an officer. */
export const AGENT_SUFFIXES = "员长师官";
/** Length of the dictionary word before the suffix: a single character would make 动员 a head. */
export const AGENT_WORD_LENGTH = 2;

/** Where a title with a structural head ending at `end` starts; null when no such head ends there. */
export function agentHeadTitleStart(
  chars: readonly string[],
  end: number,
  commonWords: ReadonlySet<string>,
): number | null {
  const suffix = chars[end - 1];
  if (suffix === undefined || !AGENT_SUFFIXES.includes(suffix)) return null;
  const headStart = end - 1 - AGENT_WORD_LENGTH;
  if (headStart < 0) return null;
  const word = chars.slice(headStart, end - 1);
  if (!word.every((ch) => isHan(ch) && !isBoundaryChar(ch)) || !commonWords.has(word.join(""))) return null;
  const start = clauseTitleStart(chars, headStart, end);
  if (end - start > MAX_CLAUSE_TITLE_LENGTH) return null;
  const before = chars.slice(start, headStart).join("");
  if ([...SPEECH_VERBS, ...ACTION_VERBS].some((verb) => before.includes(verb))) return null;
  return start;
}
