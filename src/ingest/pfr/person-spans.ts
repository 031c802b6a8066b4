import { groupNameRanges } from "./name-tokens";
import type { PfrToken } from "./pfr-line";

/**
 * The people a PFR paragraph's tags name, where they are: each run of consecutive `nr` tokens,
 * split into names as the corpus's gold file splits it (name-tokens.ts). Offsets are UTF-16 code
 * units into the paragraph's text (its words joined), end exclusive. `inCompound`: the run sits
 * inside a bracketed organisation or place (`[宋/nr 庆龄/nr 基金会/n]nt`), where it names no one
 * in the article.
 */
export interface PersonSpan {
  start: number;
  end: number;
  inCompound: boolean;
}

const NAME_TAG = "nr";

export function personSpans(tokens: readonly PfrToken[]): PersonSpan[] {
  const spans: PersonSpan[] = [];
  let run: { token: PfrToken; at: number }[] = [];
  const flush = () => {
    for (const [from, to] of groupNameRanges(run.map((r) => r.token.word))) {
      const last = run[to - 1]!;
      spans.push({ start: run[from]!.at, end: last.at + last.token.word.length, inCompound: run[0]!.token.inCompound });
    }
    run = [];
  };
  let at = 0;
  for (const token of tokens) {
    if (token.tag === NAME_TAG) run.push({ token, at });
    else if (run.length > 0) flush();
    at += token.word.length;
  }
  if (run.length > 0) flush();
  return spans;
}
