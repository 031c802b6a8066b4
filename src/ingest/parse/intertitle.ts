import { lineWidth } from "./line-width";
import { endsMidSentence, endsSentence } from "./terminal-punctuation";

/**
 * An intertitle (小标题) inside a body: a line standing alone between blank lines, after a
 * sentence end, clearly shorter than an indented first line, not itself running text. A first
 * line cut by a column break fills its column (minus the indent), so it is never this short.
 */
/** An intertitle is at least this many ems shorter than an indented first line. */
export const INTERTITLE_SHORTFALL = 3;

export interface IntertitleContext {
  previous: string | undefined;
  line: string;
  aloneInBlock: boolean;
  hasNext: boolean;
  column: number;
  indent: number;
}

export function isIntertitle(c: IntertitleContext): boolean {
  if (!c.aloneInBlock || !c.hasNext || c.previous === undefined) return false;
  if (!endsSentence(c.previous)) return false;
  if (endsSentence(c.line) || endsMidSentence(c.line)) return false;
  if (/[，,。]/u.test(c.line)) return false;
  return lineWidth(c.line) <= c.column - c.indent - INTERTITLE_SHORTFALL;
}
