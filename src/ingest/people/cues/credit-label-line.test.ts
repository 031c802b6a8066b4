import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/ingest/seeded-random";
import type { CreditRun } from "./credit-cue";
import { labelledCreditRuns, LABELS } from "./credit-label";
import { labelledCreditLineRuns, MIN_LABELLED_PARTS, PHOTO_LABELS } from "./credit-label-line";

const names = (line: string) => {
  const chars = Array.from(line);
  return labelledCreditLineRuns(chars).map((r) => chars.slice(r.start, r.end).join(""));
};

describe("a line of labelled credits side by side", () => {
  it("reads each labelled part, a photographer's label first too, with or without blanks between", () => {
    expect(names("本版摄影：郁青山版式设计：柏晓雯")).toEqual(["郁青山", "柏晓雯"]);
    expect(names("本版摄影：郁青山  版式设计：柏晓雯")).toEqual(["郁青山", "柏晓雯"]);
  });

  it("leaves a one-label line to credit-label.ts and a line that is text alone", () => {
    expect(names("版式设计：柏晓雯")).toEqual([]);
    expect(names("本版摄影：郁青山")).toEqual([]);
    expect(names("摄影师郁青山说，版式设计：柏晓雯")).toEqual([]);
  });
});

/** The line read as it was: the whole rest of the line joined at every position, for every label. */
function plainLineRuns(chars: readonly string[]): CreditRun[] {
  const labels = [...LABELS, ...PHOTO_LABELS].sort((a, b) => b.length - a.length);
  if (labelledCreditRuns(chars).length > 0) return [];
  const text = (from: number) => chars.slice(from).join("");
  const starts: number[] = [];
  for (let at = 0; at < chars.length; at++) {
    const label = labels.find((l) => text(at).startsWith(l));
    const length = label === undefined ? 0 : Array.from(label).length;
    if (label !== undefined && "：:".includes(chars[at + length] ?? "")) {
      starts.push(at);
      at += length;
    } else if (at === 0) return [];
  }
  if (starts.length < MIN_LABELLED_PARTS) return [];
  const runs: CreditRun[] = [];
  for (let k = 0; k < starts.length; k++) {
    let end = starts[k + 1] ?? chars.length;
    while (end > starts[k]! && (chars[end - 1] === " " || chars[end - 1] === "\u3000")) end--;
    const part = labelledCreditRuns(chars.slice(starts[k], end), labels);
    if (part.length === 0) return [];
    const shift = starts[k]!;
    runs.push(...part.map((r) => ({ ...r, start: r.start + shift, end: r.end + shift })));
  }
  return runs;
}

/**
 * Random lines of labelled parts (a label, a colon, names), blanks between them, some pieces replaced
 * by odd ones; as code points or with the pieces whole as elements (a window must not count an
 * element as one unit).
 */
function randomLines(seed: number, count: number, pieces: readonly string[]): string[][] {
  const random = mulberry32(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  const labels = [...LABELS, ...PHOTO_LABELS, "本版", "摄"];
  const names = ["郁青山", "柏晓雯", "林禾", "宋远", "禾"];
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    const partCount = 1 + Math.floor(random() * 3);
    for (let k = 0; k < partCount; k++) {
      if (k > 0 && random() < 0.5) parts.push(pick([" ", "  ", "\u3000"]));
      parts.push(pick(labels));
      if (random() < 0.9) parts.push(pick(["：", ":"]));
      parts.push(pick(names));
      if (random() < 0.3) parts.push("、", pick(names));
    }
    if (random() < 0.4) parts[Math.floor(random() * parts.length)] = pick(pieces);
    if (random() < 0.2) parts.splice(Math.floor(random() * parts.length), 0, pick(pieces));
    return random() < 0.5 ? Array.from(parts.join("")) : parts;
  });
}

describe("the labels read from a window of the line", () => {
  it("gives what the whole rest of the line joined gives, on random lines", () => {
    const pieces = [" ", "\u3000", "、", "，", "（", "）", "𠀀", "说", "", "制图说明"];
    let read = 0;
    for (const chars of randomLines(20261202, 5000, pieces)) {
      const got = labelledCreditLineRuns(chars);
      expect(got).toEqual(plainLineRuns(chars));
      if (got.length > 0) read++;
    }
    expect(read).toBeGreaterThan(20);
  });
});
