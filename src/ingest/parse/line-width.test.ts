import { describe, expect, it } from "vitest";
import { lineWidth } from "./line-width";

describe("lineWidth", () => {
  it("counts Han characters as one em and punctuation as half", () => {
    expect(lineWidth("铁力市")).toBe(3);
    expect(lineWidth("铁力市、乌翠区")).toBe(6.5);
  });
  it("counts digits and Latin letters as half an em, and export spaces as a third", () => {
    expect(lineWidth("2022年")).toBe(3);
    expect(lineWidth("在广西 33 个")).toBeCloseTo(5 + 2 / 3);
  });
  it("puts a seed first line clearly below the seed's full lines", () => {
    const full = lineWidth("铁力市、乌翠区考察团到茂南区");
    const first = lineWidth("考察团先后到粮丰园大厦");
    expect(full - first).toBeGreaterThanOrEqual(2);
  });
});
