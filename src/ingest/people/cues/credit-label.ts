import { isHan } from "@/text/char-class";
import { nameRunSplits, type CreditRun } from "./credit-cue";

/**
 * A credit line with a label: the people who laid out the page, drew its chart, wrote the piece up
 * (`版式设计：张三`, `本版制图：李四`, `（执笔：王五）`, `采访整理：赵六、钱七`). The line (or the
 * bracket closing a paragraph) is the label, an optional colon, and names separated by 、 or a
 * comma or run together, nothing else: `制图说明了…` is body text. Each name must read as a surname-led name; they
 * are credits (`reporter`) whatever the tagger thinks.
 */
export const CREDIT_LABELS: readonly string[] = [
  "版式设计",
  "版面设计",
  "美术设计",
  "美术编辑",
  "制图",
  "执笔",
  "统筹",
  "采访整理",
  "整理",
  "作词",
  "绘图",
  "漫画",
];
/** Label prefixes naming the page or the issue (`本版制图`, `本期执笔`). */
const LABEL_PREFIXES = ["本版", "本期", ""];
/** What may stand between the label and the names. */
const LABEL_SEPARATORS = "：:";
/** What separates the names after the label. */
const NAME_SEPARATORS = "、，,";
/** Most names run together without a separator that one label credits. */
export const MAX_NAMES_PER_RUN = 2;
/** Most names one label credits: a longer run is a sentence, not a credit. */
export const MAX_LABELLED_NAMES = 6;

export const LABELS = LABEL_PREFIXES.flatMap((p) => CREDIT_LABELS.map((l) => p + l)).sort(
  (a, b) => b.length - a.length,
);

/**
 * The text of `chars` from `from` (before `to`), joined only as far as needed to hold `length` UTF-16
 * units: what `startsWith` with a word of at most that length reads of the whole rest, without
 * joining the whole rest.
 */
export function joinedPrefix(chars: readonly string[], from: number, to: number, length: number): string {
  let text = "";
  for (let at = from; at < to && text.length < length; at++) text += chars[at]!;
  return text;
}
/** The length of the longest of `labels`, in UTF-16 units. */
export const longest = (labels: readonly string[]) => labels.reduce((n, l) => Math.max(n, l.length), 0);
/**
 * The first of `labels` that `chars[start, end)` joined starts with (`labels.find`), reading only the
 * first `longestLabel` units of it (the labels' `longest`): not the whole line joined.
 */
export function leadingLabel(
  chars: readonly string[],
  start: number,
  end: number,
  labels: readonly string[],
  longestLabel: number = longest(labels),
): string | undefined {
  const text = joinedPrefix(chars, start, end, longestLabel);
  return labels.find((l) => text.startsWith(l));
}
const LABELS_LONGEST = longest(LABELS);

/** The names of a labelled credit line, as runs to split into names (see `creditRuns`); [] when the text is not one. */
export function labelledCreditRuns(chars: readonly string[], labels: readonly string[] = LABELS): CreditRun[] {
  let start = 0;
  let end = chars.length;
  if (chars[0] === "（" && chars[end - 1] === "）") {
    start = 1;
    end--;
  }
  const label = leadingLabel(chars, start, end, labels, labels === LABELS ? LABELS_LONGEST : longest(labels));
  if (label === undefined) return [];
  let at = start + Array.from(label).length;
  if (LABEL_SEPARATORS.includes(chars[at] ?? "")) at++;
  // the separator is what tells a label from a word that starts with one (整理出…)
  else if (chars[at] !== " " && chars[at] !== "\u3000") return [];
  while (chars[at] === " " || chars[at] === "\u3000") at++;
  const runs: CreditRun[] = [];
  while (at < end) {
    let stop = at;
    while (stop < end && isHan(chars[stop]!)) stop++;
    // names may run together after a label (`制图：林禾宋远`): the caller picks the split with the tagger
    const splits = nameRunSplits(chars, at, stop).filter((s) => s.length <= MAX_NAMES_PER_RUN);
    if (splits.length === 0 || runs.length === MAX_LABELLED_NAMES) return [];
    // one name is a credit for sure; names run together only if the tagger reads them so
    runs.push({ start: at, end: stop, splits, afterRole: splits.some((split) => split.length === 1) });
    if (stop < end && !NAME_SEPARATORS.includes(chars[stop]!) && chars[stop] !== " ") return [];
    at = stop + 1;
    while (chars[at] === " " || chars[at] === "\u3000") at++;
  }
  return runs;
}
