import { describe, expect, it } from "vitest";
import { dropDrawnTwice } from "./drawn-twice";
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
});
