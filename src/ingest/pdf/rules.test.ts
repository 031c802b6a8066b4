import { describe, expect, it } from "vitest";
import { separated, separators } from "./rules";

const em = 8;

describe("separators", () => {
  it("reads strokes as lines and rectangles as frames of four rules", () => {
    const segments = separators(
      [
        { x: 17, y: 1019, w: 730, h: 0 },
        { x: 731, y: 837, w: 0.5, h: 188 },
        { x: 769, y: 372, w: 240, h: 1036 },
        { x: 10, y: 10, w: 12, h: 0.5 },
      ],
      em,
    );
    expect(segments).toHaveLength(1 + 1 + 4);
  });
});

describe("separated", () => {
  const rule = separators([{ x: 17, y: 1019, w: 730, h: 0 }], em);
  const frame = separators([{ x: 769, y: 372, w: 240, h: 1036 }], em);
  const headline = { x: 48, y: 109, w: 668, h: 50 };
  it("separates a headline from text across a rule", () => {
    expect(separated(headline, { x: 621, y: 1028, w: 138, h: 401 }, rule)).toBe(true);
    expect(separated(headline, { x: 621, y: 221, w: 138, h: 555 }, rule)).toBe(false);
  });
  it("separates what is inside a frame from what is outside", () => {
    const inside = { x: 781, y: 447, w: 127, h: 420 };
    expect(separated(headline, inside, frame)).toBe(true);
    expect(separated({ x: 962, y: 471, w: 39, h: 396 }, inside, frame)).toBe(false);
  });
});
