import { describe, expect, it } from "vitest";
import { owningHeadline } from "./assign-to-headline";

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
  it("gives text beside a vertical headline to it", () => {
    expect(owningHeadline({ x: 400, y: 20, w: 140, h: 300 }, [wide, vertical], 10)).toBe(1);
  });
  it("owns nothing above every headline", () => {
    expect(owningHeadline({ x: 0, y: -100, w: 140, h: 50 }, [lower], 10)).toBeNull();
  });
});
