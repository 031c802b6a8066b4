/**
 * A credit in brackets that says what the named person did for the piece (`（张某作）`, `（李某摘）`,
 * `（王某画）`): the last character is the work, not the name's. The tagger, reading the bracket as one
 * unknown run, takes the verb in (张某作); the name is the rest. Only a whole bracket is read so, and
 * only verbs that seldom end a given name: 文 and 书 end many (陈振文, 王玉书) and are left out, as
 * is 摄, which credit-cue.ts reads.
 */
export const WORK_VERBS = "作摘画绘译辑";
/** The name left without the verb must still be a full name: a surname and a given name at least. */
export const MIN_NAME_LENGTH = 2;

/** Where the name of a bracketed credit `（…作）` that fills [start, end) ends without its verb, or null. */
export function workCreditNameEnd(chars: readonly string[], start: number, end: number): number | null {
  if (chars[start - 1] !== "（" || chars[end] !== "）") return null;
  if (!WORK_VERBS.includes(chars[end - 1]!) || end - 1 - start < MIN_NAME_LENGTH) return null;
  return end - 1;
}
