import { isSpace } from "@/text/char-class";

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
    .map((line, i) => ({ no: i + 1, text: line.replace(/[\s\u3000]+$/u, "") }));
}

export function isBlank(line: SourceLine): boolean {
  return Array.from(line.text).every(isSpace);
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

/** The line's text without leading and trailing whitespace (the export's indentation is noise). */
export function trimmed(line: SourceLine): string {
  return line.text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, "");
}
