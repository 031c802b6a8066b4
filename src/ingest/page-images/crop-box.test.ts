import { describe, expect, it } from "vitest";
import { cropPixels } from "./crop-box";

describe("cropPixels", () => {
  it("maps a box in points onto the rendering's pixels, widened outwards to whole pixels", () => {
    // A 595 pt page drawn 2400 px wide: 4.034 px per point.
    const scale = 2400 / 595;
    expect(cropPixels([30, 126, 258, 120], scale, 2400, 3396)).toEqual({
      left: Math.floor(30 * scale),
      top: Math.floor(126 * scale),
      width: Math.ceil(288 * scale) - Math.floor(30 * scale),
      height: Math.ceil(246 * scale) - Math.floor(126 * scale),
    });
    expect(cropPixels([10.5, 20.25, 5, 5], 2, 100, 100)).toEqual({ left: 21, top: 40, width: 10, height: 11 });
  });

  it("clamps a box that runs off the page, and gives null for one wholly off it", () => {
    expect(cropPixels([-10, 90, 50, 40], 1, 100, 100)).toEqual({ left: 0, top: 90, width: 40, height: 10 });
    expect(cropPixels([120, 10, 20, 20], 1, 100, 100)).toBeNull();
    expect(cropPixels([10, 10, 0, 20], 1, 100, 100)).toBeNull();
  });
});
