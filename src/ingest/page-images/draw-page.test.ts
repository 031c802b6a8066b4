import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { PageBox } from "@/bundle/schema";
import { openPdf } from "../pdf/read-pdf";
import { drawPdfFilePage } from "./draw-pdf-file-page";
import { encodeDrawing, renderPage, type DrawnPageBytes } from "./draw-page";
import { MIN_PAGE_WIDTH, PAGE_WIDTHS } from "./ladder";
import { THUMB_WIDTH, WEBP_MAX_WIDTH } from "./encode";

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}/source.pdf`, import.meta.url));
/** The photo the pdf-photo-caption fixture prints (its expected.json): 258 × 120 pt. */
const PHOTO: PageBox = [30, 126, 258, 120];
/** A placeholder is inlined in every issue file that shows the page: a few hundred bytes at most. */
const PLACEHOLDER_MAX = 400;

/**
 * Drawing a page at 2400 px and encoding its ladder takes ~5 s idle and near a minute with the
 * machine loaded 40 deep: these tests get three times the suite's budget.
 */
const HEAVY = 180_000;

describe("drawPage", () => {
  it(
    "draws an A4 page's whole ladder at the page's aspect ratio, a thumbnail, a small placeholder and the photo's crop",
    async () => {
      const drawn = (await drawPdfFilePage({
        path: fixture("pdf-photo-caption"),
        pdfPage: 1,
        page: true,
        photos: [PHOTO],
        textless: false,
      })) as DrawnPageBytes;
      expect(drawn.image.sources.map((s) => s.width)).toEqual(PAGE_WIDTHS);
      for (const source of [...drawn.image.sources, drawn.thumb]) {
        const meta = await sharp(source.bytes).metadata();
        // The zoom rungs are JPEG, the rest WebP; each says which it is.
        const format = source.width > WEBP_MAX_WIDTH ? "jpeg" : "webp";
        expect([meta.format, source.type, meta.width, meta.height]).toEqual([
          format,
          `image/${format}`,
          source.width,
          source.height,
        ]);
        // 595 × 842 pt: the height follows the width to the pixel.
        expect(Math.abs(source.height - (source.width * 842) / 595)).toBeLessThanOrEqual(1);
      }
      expect(drawn.thumb.width).toBe(THUMB_WIDTH);
      expect(drawn.image.placeholder).toMatch(/^data:image\/webp;base64,/u);
      expect(drawn.image.placeholder.length).toBeLessThan(PLACEHOLDER_MAX);

      const photo = drawn.photos[0]!;
      expect(photo.sources.map((s) => s.width)).toEqual([320, 640, 960]);
      for (const source of photo.sources) expect(Math.abs(source.height - (source.width * 120) / 258)).toBeLessThan(2);
      expect(photo.placeholder.length).toBeLessThan(PLACEHOLDER_MAX);
      // The crop is the photo (the fixture's blue-green gradient), not the white page around it.
      const { dominant } = await sharp(photo.sources[0]!.bytes).stats();
      expect(dominant.r + dominant.g + dominant.b).toBeLessThan(600);
    },
    HEAVY,
  );

  it(
    "stops a scanned page's ladder at its scan (never below a phone's page), and draws only photos when asked",
    async () => {
      const scan = (await drawPdfFilePage({
        path: fixture("pdf-scanned"),
        pdfPage: 1,
        page: true,
        photos: [],
        textless: true,
      })) as DrawnPageBytes;
      // The fixture's scan is 48 px across: coarser than any rung.
      expect(scan.image.sources.map((s) => s.width)).toEqual([MIN_PAGE_WIDTH]);
      const photosOnly = await drawPdfFilePage({
        path: fixture("pdf-scanned"),
        pdfPage: 1,
        page: false,
        photos: [
          [10, 10, 280, 400],
          [400, 10, 10, 10],
        ],
        textless: true,
      });
      expect("image" in photosOnly).toBe(false);
      expect(photosOnly.photos[0]?.sources.length).toBeGreaterThan(0);
      // A box off the page has no crop.
      expect(photosOnly.photos[1]).toBeNull();
    },
    HEAVY,
  );

  it(
    "encodes the canvas' own pixels and empties the canvas once the renditions are made",
    async () => {
      const doc = await openPdf(new Uint8Array(await readFile(fixture("pdf-scanned"))));
      try {
        const drawing = await renderPage(await doc.getPage(1), true);
        // Not a copy: the pixels are the canvas' memory, held while sharp reads them.
        expect(drawing.raw.data.length).toBe(drawing.canvas.width * drawing.raw.height * 4);
        const drawn = (await encodeDrawing(drawing, { page: true, photos: [] })) as DrawnPageBytes;
        expect(drawn.image.sources.map((s) => s.width)).toEqual([MIN_PAGE_WIDTH]);
        // The scan, not a blank page: ink on white.
        const { channels } = await sharp(drawn.image.sources[0]!.bytes).stats();
        expect([channels[0]!.min, channels[0]!.max]).toEqual([expect.any(Number), 255]);
        expect(channels[0]!.min).toBeLessThan(128);
        // Its tens of megabytes go now, not at the next garbage collection.
        expect(drawing.canvas.width).toBe(1);
      } finally {
        await doc.destroy();
      }
    },
    HEAVY,
  );
});
