import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { openPdf } from "../pdf/read-pdf";
import { renderPage } from "./draw-page";
import { nativeFontOptions, withThreadFonts } from "./native-fonts";
import { pdfjsCanvas } from "./pdfjs-canvas";

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}/source.pdf`, import.meta.url));
/** Drawing a page at 2400 px takes a second idle and much longer on a loaded machine. */
const HEAVY = 180_000;

/** The page drawn at its widest rung, its fonts given to Skia (`native`) or drawn as paths. */
async function draw(name: string, native: boolean) {
  const doc = await openPdf(new Uint8Array(await readFile(fixture(name))), native ? nativeFontOptions() : {});
  try {
    const { raw } = await renderPage(await doc.getPage(1), false);
    // The pixels are the canvas' memory, freed with it: a copy outlives it.
    return { ...raw, data: new Uint8Array(raw.data) };
  } finally {
    await doc.destroy();
  }
}

/** The share of pixels darker than mid-grey: how much ink the drawing has. */
function ink({ data }: { data: Uint8Array }): number {
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 384) dark++;
  return dark / (data.length / 4);
}

describe("native fonts", () => {
  it("names PDF.js's fonts after this thread on the canvas, and leaves other families alone", () => {
    const context = withThreadFonts(pdfjsCanvas.createCanvas(10, 10).getContext("2d"));
    context.font = `normal normal 12px "g_d0_f1", sans-serif`;
    expect(context.font).toContain(`t${threadId}_g_d0_f1`);
    context.font = `normal normal 12px "Noto Serif", serif`;
    expect(context.font).not.toContain(`t${threadId}_`);
  });

  it(
    "draws the page's text (a vertical headline, body text, a byline) as the glyph paths do, and unregisters its fonts",
    async () => {
      const before = pdfjsCanvas.GlobalFonts.families.length;
      const paths = await draw("pdf-vertical-headline", false);
      const remove = vi.spyOn(pdfjsCanvas.GlobalFonts, "remove");
      const removeBatch = vi.spyOn(pdfjsCanvas.GlobalFonts, "removeBatch");
      const native = await draw("pdf-vertical-headline", true);
      expect([native.width, native.height]).toEqual([paths.width, paths.height]);
      // Same glyphs in the same places: the pixels differ at the glyphs' anti-aliased edges (Skia
      // renders a font's glyphs a little thinner than it fills their paths: ~2 of 255 on average,
      // ~9 % less ink). Text in a fallback font (a font Skia did not find under the name PDF.js
      // set) differs by ~12 and has a third of the ink.
      let diff = 0;
      for (let i = 0; i < paths.data.length; i++) diff += Math.abs(paths.data[i]! - native.data[i]!);
      expect(diff / paths.data.length).toBeLessThan(5);
      expect(ink(paths)).toBeGreaterThan(0.01);
      expect(Math.abs(ink(native) - ink(paths))).toBeLessThan(ink(paths) * 0.2);
      // The document destroyed, its fonts are gone from Skia's collection, all in one removal
      // (Skia rebuilds its collection at each).
      expect(pdfjsCanvas.GlobalFonts.families.length).toBe(before);
      expect(remove).not.toHaveBeenCalled();
      expect(removeBatch).toHaveBeenCalledTimes(1);
      expect(removeBatch.mock.calls[0]![0].length).toBeGreaterThan(1);
    },
    HEAVY,
  );
});
