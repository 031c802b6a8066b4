/**
 * A common word printed right after a work's closing bracket names the kind of work, not a person:
 * `《美国企业在中国》白皮书显示` (audit4, scripts/people/README.md session 34), `《…》报告指出`. The
 * tagger read 白皮书 as a name, and the speech verb after it vouched for it. A mention that starts
 * right after `》` and is a common word of CC-CEDICT (`isCommonWord`) is no person there; a person
 * named after a work has a word between (`《…》作者王大林`, `《…》主编王大林`).
 */
export const WORK_CLOSE = "》";

export function isWorkKindAt(
  chars: readonly string[],
  start: number,
  end: number,
  isCommonWord: (word: string) => boolean,
): boolean {
  return chars[start - 1] === WORK_CLOSE && isCommonWord(chars.slice(start, end).join(""));
}
