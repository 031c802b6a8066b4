import { describe, expect, it } from "vitest";
import { ladder, MIN_PAGE_WIDTH, MIN_STEP, PAGE_WIDTHS, pageLimit, PHOTO_WIDTHS, PRINT_DPI } from "./ladder";

describe("ladder", () => {
  it("keeps every rung when the limit is above the top one", () => {
    expect(ladder(PAGE_WIDTHS, 5000)).toEqual([480, 720, 960, 1600, 2400]);
    expect(ladder(PAGE_WIDTHS, 2400)).toEqual([480, 720, 960, 1600, 2400]);
  });

  it("stops at the limit, drawing the limit itself when it is a real step above the rung below", () => {
    expect(ladder(PAGE_WIDTHS, 1250)).toEqual([480, 720, 960, 1250]);
    // 1100 px is less than MIN_STEP × 960: the 960 rendition already shows it.
    expect(1100 / 960).toBeLessThan(MIN_STEP);
    expect(ladder(PAGE_WIDTHS, 1100)).toEqual([480, 720, 960]);
  });

  it("gives one rendition at the limit below the first rung (a small photo)", () => {
    expect(ladder(PHOTO_WIDTHS, 200.7)).toEqual([200]);
    expect(ladder(PHOTO_WIDTHS, 1040)).toEqual([320, 640, 960]);
  });
});

describe("pageLimit", () => {
  it("is the page's width at print resolution for a page of text", () => {
    // An A4 page, 595 pt: 595 / 72 × 300 dpi.
    expect(pageLimit(595, null)).toBe(Math.round((595 / 72) * PRINT_DPI));
    expect(ladder(PAGE_WIDTHS, pageLimit(595, null))).toEqual(PAGE_WIDTHS);
  });

  it("is the scan's own width for a scanned page, but never below a phone's page", () => {
    expect(pageLimit(595, 1800)).toBe(1800);
    expect(pageLimit(595, 51)).toBe(MIN_PAGE_WIDTH);
    expect(pageLimit(595, 9000)).toBe(pageLimit(595, null));
  });
});
