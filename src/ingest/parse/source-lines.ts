/** One line of the extracted page text, numbered from 1 as an editor shows it. */
export interface SourceLine {
  no: number;
  text: string;
}

/** Consecutive non-blank lines; blank lines separate blocks (column and paragraph breaks). */
export interface Block {
  lines: SourceLine[];
}

export function splitLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ no: i + 1, text: line.trimEnd() }));
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === "";
}

export function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

/**
 * The line's text without leading and trailing whitespace (the export's indentation is noise).
 * String.prototype.trim removes Unicode white space, the ideographic space U+3000 included.
 */
export function trimmed(line: SourceLine): string {
  return line.text.trim();
}
