/**
 * A paragraph's indent inside a line: some exports put a poem's lines, or a heading and the text
 * under it, on one line, each part opened by the paragraph indent of ideographic spaces
 * (`守在路口的普通人\u3000\u3000王小川、李大海……`). Removing those spaces as a PDF's justification would join
 * the parts into one sentence (a description 普通人 for the names after it), so such a run splits
 * the line into paragraphs.
 */

/** Fewest ideographic spaces (U+3000) read as a paragraph's indent: one is a justified gap. */
export const MIN_INDENT_SPACES = 2;

const INDENT = new RegExp(`\u3000{${MIN_INDENT_SPACES},}`, "u");

/** The parts of a trimmed line split at each paragraph indent inside it, empty parts dropped. */
export function splitAtIndents(line: string): string[] {
  return line
    .split(INDENT)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
