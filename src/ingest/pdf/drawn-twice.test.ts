import { describe, expect, it } from "vitest";
import { COPY_COVERAGE, dropDrawnTwice, SAME_SIZE_RATIO } from "./drawn-twice";
import { area, intersectionArea } from "./geometry";
import type { PdfTextItem } from "./read-pdf";

function item(text: string, x: number, y: number, w: number, size = 20): PdfTextItem {
  return { text, x, y, w, h: size, size, vertical: false, font: "f" };
}

describe("dropDrawnTwice", () => {
  it("reads a headline and its shadow once", () => {
    const out = dropDrawnTwice([item("新春书法展", 10.5, 10.5, 100), item("新春书法展", 10, 10, 100)]);
    expect(out.map((i) => [i.text, i.x])).toEqual([["新春书法展", 10.5]]);
  });

  it("drops the pieces of a header drawn whole and again in pieces", () => {
    const out = dropDrawnTwice([item("7", 890, 10, 18), item("7 理论", 890, 10, 107), item("理论", 928, 10, 69)]);
    expect(out.map((i) => i.text)).toEqual(["7 理论"]);
  });

  it("keeps the same words printed in two places", () => {
    const out = dropDrawnTwice([item("中国", 10, 10, 40), item("中国", 10, 200, 40)]);
    expect(out).toHaveLength(2);
  });

  it("keeps a small run inside a headline's box when the size differs", () => {
    const out = dropDrawnTwice([item("新", 10, 10, 10, 10), item("新时代", 10, 10, 60, 20)]);
    expect(out).toHaveLength(2);
  });

  it("finds the same copies as comparing every pair of runs (runs near and far, with and without area)", () => {
    let state = 11;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const words = ["新春", "新", "春", "书法展", "新春书法展", "7 理论", "理论", "7"];
    const runs: PdfTextItem[] = Array.from({ length: 300 }, () => {
      const size = next() < 0.5 ? 10 : 20;
      const x = Math.floor(next() * 20) * 30 + (next() < 0.3 ? 0.5 : 0);
      const y = Math.floor(next() * 20) * 25;
      const w = next() < 0.05 ? 0 : size * (1 + Math.floor(next() * 5));
      return { ...item(words[Math.floor(next() * words.length)]!, x, y, w, size), vertical: next() < 0.1 };
    });
    expect(dropDrawnTwice(runs)).toEqual(allPairs(runs));
  });
});

/** The rule compared over every pair of runs (what `dropDrawnTwice` finds with its grid). */
function allPairs(items: readonly PdfTextItem[]): PdfTextItem[] {
  const dense = items.map((item) => item.text.replace(/\s+/gu, ""));
  const dropped = items.map(() => false);
  items.forEach((a, i) => {
    if (dense[i] === "") return;
    dropped[i] = items.some(
      (b, j) =>
        i !== j &&
        !dropped[j] &&
        dense[j] !== "" &&
        a.vertical === b.vertical &&
        Math.abs(a.size - b.size) <= SAME_SIZE_RATIO * b.size &&
        dense[j]!.includes(dense[i]!) &&
        !(dense[j] === dense[i] && j > i) &&
        intersectionArea(a, b) >= COPY_COVERAGE * area(a),
    );
  });
  return items.filter((_, i) => !dropped[i]);
}
