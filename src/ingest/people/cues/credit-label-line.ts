import { labelledCreditRuns, LABELS, leadingLabel, longest } from "./credit-label";
import type { CreditRun } from "./credit-cue";

/**
 * A line of several labelled credits set side by side (blanks between them, which the importer closes up) (`本版摄影：张三  版式设计：
 * 李四`): credit-label.ts reads a line that is one label and its names, so a second label on the line
 * made the whole line body text and its first credit was lost. Each part that starts with a label is
 * read as a credit line of its own; on such a line the photographer's label stands first too
 * (`本版摄影：`), which alone on a line is left to the photo-credit cues.
 */
/** Labels of a photographer that head a part of a line of labelled credits. */
export const PHOTO_LABELS: readonly string[] = ["本版摄影", "本期摄影", "摄影"];
/** The fewest labelled parts that make a line of credits. */
export const MIN_LABELLED_PARTS = 2;

const PART_LABELS = [...LABELS, ...PHOTO_LABELS].sort((a, b) => b.length - a.length);
/** The longest label's length: all of the text at a position that a label's `startsWith` reads. */
const PART_LABEL_LENGTH = longest(PART_LABELS);
/** The colon after each label: without it a label's word may be text (`摄影师`). */
const LABEL_COLONS = "：:";
const isBlank = (c: string | undefined) => c === " " || c === "\u3000";

/** The credits of such a line, as runs over `chars`; [] when the line is not one (or is one label's line). */
export function labelledCreditLineRuns(chars: readonly string[]): CreditRun[] {
  if (labelledCreditRuns(chars).length > 0) return [];
  // parts start where a label and its colon begin; the importer closes up the blanks between parts
  const starts: number[] = [];
  for (let at = 0; at < chars.length; at++) {
    // the text at `at` as far as the longest label reaches, not the whole rest of the line
    const label = leadingLabel(chars, at, chars.length, PART_LABELS, PART_LABEL_LENGTH);
    const length = label === undefined ? 0 : Array.from(label).length;
    if (label !== undefined && LABEL_COLONS.includes(chars[at + length] ?? "")) {
      starts.push(at);
      at += length; // 摄影 inside 本版摄影 starts no part
    } else if (at === 0) return [];
  }
  if (starts.length < MIN_LABELLED_PARTS) return [];
  const runs: CreditRun[] = [];
  for (let k = 0; k < starts.length; k++) {
    let end = starts[k + 1] ?? chars.length;
    while (end > starts[k]! && isBlank(chars[end - 1])) end--;
    const part = labelledCreditRuns(chars.slice(starts[k], end), PART_LABELS);
    if (part.length === 0) return [];
    const shift = starts[k]!;
    runs.push(...part.map((r) => ({ ...r, start: r.start + shift, end: r.end + shift })));
  }
  return runs;
}
