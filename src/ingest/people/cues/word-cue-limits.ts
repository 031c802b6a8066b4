import type { Mention } from "../mentions";

/**
 * Two cues that vouch for a name but not for a name that is also a dictionary word
 * (cues/dictionary-word-name.ts), which must show a person's cue of its own (support.ts).
 *
 * - **A line of its own.** A name that fills its line is an author's line under the title (PFR's pen
 *   name `高低`, a common word, on day 10), but a common word fills a line as a heading as well: a
 *   photo story's title (`砥砺`, `练兵`), a box's label (`预告`, `链接`), an essay's section heading
 *   (`乌 桕`, audit5). For a word only the author's slot counts: the first paragraph after the title and
 *   the subtitles (`AUTHOR_LINE_SLOTS`).
 * - **Beside another name** (`、`, `和`, `与`). A list of things is a list as much as a list of people:
 *   foods or a tea's substances in a 、 list (audit of session 35), every item of which the 1998 tagger
 *   read as a name, vouch for each other. For a word, the name beside it must not be a word too; and
 *   a word that the list cue added (cues/list-items.ts: the items beside a name are names) is asked
 *   like the tagger's: the list vouches for it only through a neighbour that is no word.
 *
 * Session 35 (rmrb33), 300 unselected rmrb-web articles: scripts/people/README.md.
 */

/** How many paragraphs after the title and the subtitles may hold the author's line: the first only. */
export const AUTHOR_LINE_SLOTS = 1;

/** Whether a line that is the word's whole text vouches for it: only in the author's slot. */
export function wholeLineVouchesForWord(textIndex: number, firstParagraphIndex: number): boolean {
  return textIndex >= firstParagraphIndex && textIndex < firstParagraphIndex + AUTHOR_LINE_SLOTS;
}

/** Whether a name beside a word (in a list or a pair) vouches for it: not when it is a word as well. */
export function neighbourVouchesForWord(neighbour: string, isWordName: (name: string) => boolean): boolean {
  return !isWordName(neighbour);
}

/** Whether a word found by this source must still show a cue: the list cue's items do. */
export function listItemAsksForWord(source: Mention["source"]): boolean {
  return source === "list";
}
