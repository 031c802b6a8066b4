import { describe, expect, it } from "vitest";
import type { ImageRendition } from "@/bundle/schema";
import { chooseRendition, srcSet } from "./rendition";

const ladder: ImageRendition[] = [480, 960, 1600, 2400].map((width) => ({
  file: `pages/p1-${width}.webp`,
  width,
  height: Math.round((width * 842) / 595),
  type: "image/webp",
}));

describe("the rendition of the ladder a page view draws", () => {
  it("takes the narrowest rendition that fills the pixels", () => {
    expect(chooseRendition(ladder, 358).width).toBe(480);
    expect(chooseRendition(ladder, 480).width).toBe(480);
    expect(chooseRendition(ladder, 481).width).toBe(960);
    // A 740 px column zoomed 2× on a 1× screen, and the same on a 2× screen.
    expect(chooseRendition(ladder, 740 * 2).width).toBe(1600);
    expect(chooseRendition(ladder, 740 * 2 * 2).width).toBe(2400);
  });
  it("takes the widest when none is wide enough, whatever the ladder's order", () => {
    expect(chooseRendition([...ladder].reverse(), 10_000).width).toBe(2400);
    expect(chooseRendition([...ladder].reverse(), 900).width).toBe(960);
  });
  it("writes the ladder as a srcset", () => {
    expect(srcSet(ladder.slice(0, 2), (f) => `/data/${f}`)).toBe(
      "/data/pages/p1-480.webp 480w, /data/pages/p1-960.webp 960w",
    );
  });
});
