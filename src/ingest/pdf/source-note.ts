/**
 * The note under a chart or a table saying where its figures come from, `数据来源：国家统计局`,
 * `资料来源：……`, `注：……`, is a paragraph of its own: set under the graphic without an indent, it
 * would otherwise run on from the last line of the text above it.
 */
const SOURCE_NOTE = /^(?:(?:数据|资料)来源|注)\s*[:：]/u;

export function isSourceNote(text: string): boolean {
  return SOURCE_NOTE.test(text.trim());
}
