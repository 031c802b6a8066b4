/**
 * The author's note closing a piece that ends with the author's own name after the post
 * (`（作者为中国驻某国大使林禾）`): the name is the writer's credit, so its role is `reporter` only
 * (the rmrb-web gold's rule: a credit keeps no title, even when it prints one). This cue says only
 * where such a name would end; the name itself must have been found (by the tagger or another cue).
 * audit4 (issue 14): one credit read as a title (a closing `（作者为…大使X）`).
 */
/** What opens the note: `（作者为…）`, `（作者系…）`, `（作者是…）`. */
const AUTHOR_NOTE = /^[（(]作者[为系是]/u;
/** Longest note read, in characters: a note is a line, not a paragraph of text. */
export const MAX_AUTHOR_NOTE_LENGTH = 60;

/** Where (a character offset) a name closing the paragraph's author note would end, or null. */
export function authorNoteNameEnd(paragraph: string): number | null {
  const chars = Array.from(paragraph.trimEnd());
  if (chars.length > MAX_AUTHOR_NOTE_LENGTH || !AUTHOR_NOTE.test(paragraph)) return null;
  if (chars.at(-1) !== "）" && chars.at(-1) !== ")") return null;
  return chars.length - 1;
}
