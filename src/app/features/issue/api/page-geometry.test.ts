import { describe, expect, it } from "vitest";
import { boxFractions, regionBounds } from "./page-geometry";

const A4 = { width: 595, height: 842 };

describe("boxes on the page image", () => {
  it("maps a box in points to fractions of the page, the same at every image width", () => {
    const f = boxFractions([59.5, 84.2, 297.5, 421], A4);
    expect(f.left).toBeCloseTo(0.1);
    expect(f.top).toBeCloseTo(0.1);
    expect(f.width).toBeCloseTo(0.5);
    expect(f.height).toBeCloseTo(0.5);
    // On a 960 px rendition that is x = 96 px, width 480 px (image width / pdf width).
    expect(f.left * 960).toBeCloseTo((59.5 * 960) / 595);
  });
  it("cuts a box that bleeds off the page to the page", () => {
    const f = boxFractions([-10, 800, 700, 100], A4);
    expect(f.left).toBe(0);
    expect(f.width).toBe(1);
    expect(f.top).toBeCloseTo(800 / 842);
    expect(f.top + f.height).toBe(1);
  });
  it("bounds an article's boxes (a headline across columns and its columns)", () => {
    const b = regionBounds(
      [
        [30, 56, 528, 49.3],
        [30, 112.5, 122, 298.1],
        [302, 130, 122, 213.1],
      ],
      A4,
    )!;
    expect(b.left).toBeCloseTo(30 / 595);
    expect(b.top).toBeCloseTo(56 / 842);
    expect(b.left + b.width).toBeCloseTo(558 / 595);
    expect(b.top + b.height).toBeCloseTo((112.5 + 298.1) / 842);
  });
  it("has no bounds without a box on the page", () => {
    expect(regionBounds([], A4)).toBeNull();
    expect(regionBounds([[700, 10, 20, 20]], A4)).toBeNull();
  });
});
