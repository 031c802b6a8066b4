import { describe, expect, it } from "vitest";
import { scrollAfterZoom, stepZoom, ZOOM_STEPS } from "./zoom";

describe("zoom steps", () => {
  it("steps in and out and stays at the ends", () => {
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(1.5, 1)).toBe(2);
    expect(stepZoom(2, -1)).toBe(1.5);
    expect(stepZoom(1, -1)).toBe(1);
    expect(stepZoom(ZOOM_STEPS[ZOOM_STEPS.length - 1]!, 1)).toBe(4);
  });
  it("goes to the nearest step from between two", () => {
    expect(stepZoom(1.7, 1)).toBe(2);
    expect(stepZoom(1.7, -1)).toBe(1.5);
  });
  it("keeps the point under the anchor where it was", () => {
    // At 1×, the point 300 px into the page is 100 px into the viewport (scrolled 200).
    const scroll = scrollAfterZoom(200, 100, 100, 1, 2);
    expect(scroll + 100).toBe(600); // the same point, now 600 px into the page
    // The viewport shrinks as it zooms: the point goes to its new middle.
    expect(scrollAfterZoom(0, 400, 300, 1, 2)).toBe(500);
    expect(scrollAfterZoom(0, 10, 300, 1, 1.5)).toBe(0);
  });
});
