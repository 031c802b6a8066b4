import { describe, expect, it } from "vitest";
import { owningHeadline } from "./assign-to-headline";
import { separators } from "./rules";

const wide = { x: 0, y: 0, w: 300, h: 30 };
const lower = { x: 0, y: 300, w: 140, h: 30 };
const vertical = { x: 560, y: 0, w: 30, h: 200 };

describe("owningHeadline", () => {
  it("gives a column to the nearest headline above that spans it", () => {
    expect(owningHeadline({ x: 0, y: 340, w: 140, h: 100 }, [wide, lower], 10)).toBe(1);
    // The wide article's second column runs from under its headline past the lower one.
    expect(owningHeadline({ x: 160, y: 40, w: 140, h: 400 }, [wide, lower], 10)).toBe(0);
  });
  it("gives the column right of a short headline to it when no spanning headline is nearer", () => {
    const short = { x: 0, y: 300, w: 250, h: 30 };
    expect(owningHeadline({ x: 300, y: 340, w: 140, h: 100 }, [wide, short], 10)).toBe(1);
  });
  it("gives the outer columns under a centred headline's ends to it", () => {
    // A real page: the headline over four columns covers the first and last a quarter each, under
    // a rule that closes off the headline above it.
    const top = { x: 23, y: 103, w: 612, h: 44 };
    const centred = { x: 112.3, y: 1015, w: 432.4, h: 67.5 };
    const rule = separators([{ x: 17.4, y: 986.3, w: 622, h: 0 }], 8.3);
    expect(owningHeadline({ x: 502.1, y: 1112, w: 150, h: 317.9 }, [top, centred], 8.3, rule)).toBe(1);
    expect(owningHeadline({ x: 9.4, y: 1183.3, w: 150, h: 246.6 }, [top, centred], 8.3, rule)).toBe(1);
  });
  it("does not give a photo to a headline whose end barely reaches over it", () => {
    // A real page: the photo under a vertical headline's column, the top headline's end over 9 % of it.
    const top = { x: 35.9, y: 105.7, w: 684.3, h: 50.2 };
    const vertical = { x: 964, y: 122.7, w: 38.6, h: 536.9 };
    expect(owningHeadline({ x: 690, y: 1075.7, w: 327, h: 308 }, [top, vertical], 8.3)).toBe(1);
  });
  it("gives the first and last columns running down beside a headline set into them to it", () => {
    // A real page: the headline's box reaches 29 pt into the first column and 24 pt into the last.
    const inset = { x: 135.7, y: 103.3, w: 745.5, h: 50.2 };
    expect(owningHeadline({ x: 9.4, y: 78.3, w: 155.3, h: 187.2 }, [inset], 8.3)).toBe(0);
    expect(owningHeadline({ x: 856.9, y: 78.3, w: 155.3, h: 686.2 }, [inset], 8.3)).toBe(0);
    // Not a piece level with the headline and under most of it (something drawn over it).
    expect(owningHeadline({ x: 300, y: 90, w: 155, h: 30 }, [inset], 8.3)).toBeNull();
  });
  it("gives text beside a vertical headline to it", () => {
    expect(owningHeadline({ x: 400, y: 20, w: 140, h: 300 }, [wide, vertical], 10)).toBe(1);
  });
  it("owns nothing above every headline", () => {
    expect(owningHeadline({ x: 0, y: -100, w: 140, h: 50 }, [lower], 10)).toBeNull();
  });
});

describe("owningHeadline across rules", () => {
  const top = { x: 48, y: 109, w: 668, h: 50 };
  const lower = { x: 85, y: 1049, w: 440, h: 70 };
  const rule = separators([{ x: 17, y: 1019, w: 730, h: 0 }], 8);
  const lastColumn = { x: 621, y: 1028, w: 138, h: 401 };
  it("does not give text under a rule to the headline above the rule", () => {
    expect(owningHeadline(lastColumn, [top, lower], 8)).toBe(0);
    // Across the rule, the lower article's headline beside the column owns it.
    expect(owningHeadline(lastColumn, [top, lower], 8, rule)).toBe(1);
  });
  it("prefers the headline above to a vertical headline several columns away", () => {
    const vertical = { x: 962, y: 471, w: 39, h: 396 };
    expect(owningHeadline({ x: 468, y: 779, w: 139, h: 164 }, [top, vertical], 8)).toBe(0);
    expect(owningHeadline({ x: 781, y: 447, w: 127, h: 420 }, [top, vertical], 8)).toBe(1);
  });
  it("gives a photo boxed off from every headline to the one that owns it without the rules", () => {
    const vertical = { x: 964, y: 123, w: 39, h: 537 };
    const frames = separators(
      [
        { x: 756, y: 78, w: 252, h: 985 },
        { x: 8, y: 1052, w: 739, h: 378 },
      ],
      8,
    );
    expect(owningHeadline({ x: 690, y: 1076, w: 411, h: 308 }, [top, vertical], 8, frames)).toBe(1);
  });
  it("gives the note under a vertical headline's column to it, unless a headline beside is as near", () => {
    const vertical = { x: 964, y: 123, w: 39, h: 537 };
    expect(owningHeadline({ x: 880, y: 1040, w: 113, h: 9 }, [top, vertical], 8)).toBe(1);
    // A column right of a short headline, under a vertical headline's foot: the short one owns it.
    const short = { x: 30, y: 590, w: 384, h: 47 };
    expect(owningHeadline({ x: 438, y: 662, w: 122, h: 145 }, [{ x: 541, y: 56, w: 22, h: 511 }, short], 8)).toBe(1);
  });
});
