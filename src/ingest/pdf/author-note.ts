/**
 * The note on the author at an article's end, `（作者为中共中央党校教授）`, `（作者单位：……）`, is a
 * paragraph of its own: often set flush right on a line of its own, without an indent to show it.
 */
const AUTHOR_NOTE = /^[（(]\s*作\s*者/u;

export function isAuthorNote(text: string): boolean {
  return AUTHOR_NOTE.test(text.trim());
}
