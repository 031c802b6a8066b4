import { parsePfrLine, type PfrToken } from "./pfr-line";

/** Test helper: the tokens of a tagged paragraph written as in the corpus (`本报/r  记者/n …`). */
export function tokensOf(tagged: string): PfrToken[] {
  const line = parsePfrLine(`20010101-01-001-001/m  ${tagged}`);
  if (line.kind !== "paragraph") throw new Error(`not a paragraph: ${tagged}`);
  return line.tokens;
}
