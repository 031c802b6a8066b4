import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PageBox } from "@/bundle/schema";
import { cropPixels } from "./crop-box";
import { encodeLadder, encodePlaceholder, encodeThumb, type EncodedImage, type RawImage } from "./encode";
import { ladder, pageLimit, PAGE_WIDTHS, PHOTO_WIDTHS, SCAN_COVER } from "./ladder";
import { withThreadFonts } from "./native-fonts";
import { pdfjsCanvas } from "./pdfjs-canvas";
import { scanWidth } from "./scan-width";
import { timed, type StageTimes } from "./stage-times";

/**
 * Draws one PDF page with PDF.js onto an `@napi-rs/canvas` (Skia) at the widest rung its ladder
 * warrants, then encodes every rendition, the thumbnail, the placeholder and each photo's crop from
 * that one drawing. Plain data out (bytes), so a worker thread can hand it back.
 */
export interface DrawnImageBytes {
  sources: EncodedImage[];
  placeholder: string;
}

export interface DrawnPageBytes {
  image: DrawnImageBytes;
  thumb: EncodedImage;
  /** One per box asked for, in that order; null when the box lies off the page. */
  photos: (DrawnImageBytes | null)[];
}

export interface DrawOptions {
  /** Draw the page image and thumbnail (false: the photos only, the page's are already cached). */
  page: boolean;
  /** Photo boxes to crop, in PDF points from the page's top-left corner. */
  photos: readonly PageBox[];
  /** The page has no text layer (a scan?): its ladder stops at the scan's own resolution. */
  textless: boolean;
}

/** `times`, when given, gains the time spent drawing (PDF.js on the canvas) and encoding (sharp). */
export async function drawPage(
  page: PDFPageProxy,
  options: DrawOptions,
  times?: StageTimes,
): Promise<DrawnPageBytes | PhotosOnly> {
  const drawing = await timed(times, "draw", () => renderPage(page, options.textless));
  return timed(times, "encode", () => encodeDrawing(drawing, options));
}

/** A page drawn at the widest rung of its ladder, and that ladder. */
export interface PageDrawing {
  /** The canvas' pixels (see `render`), read by `encodeDrawing`. */
  raw: RawImage;
  /** Pixels per PDF point. */
  scale: number;
  widths: number[];
  /** The canvas drawn on: held until the encoding is done, then emptied (its memory goes then, not at the next GC). */
  canvas: { width: number };
}

/** Draws the page once, at the widest rung its ladder warrants (`textless`: a scan's ladder stops at its resolution). */
export async function renderPage(page: PDFPageProxy, textless: boolean): Promise<PageDrawing> {
  const base = page.getViewport({ scale: 1 });
  const scan = textless ? await scanWidth(page, SCAN_COVER) : null;
  const widths = ladder(PAGE_WIDTHS, pageLimit(base.width, scan));
  const top = widths.at(-1) ?? PAGE_WIDTHS[0]!;
  const scale = top / base.width;
  return { ...(await render(page, scale)), scale, widths };
}

/**
 * Every rendition of the drawing (unless `options.page` is false), the thumbnail, the placeholder and
 * the photos' crops. The drawing is used up: its canvas is emptied once they are made.
 */
export async function encodeDrawing(
  drawing: PageDrawing,
  options: Omit<DrawOptions, "textless">,
): Promise<DrawnPageBytes | PhotosOnly> {
  try {
    return await encodeRenditions(drawing, options);
  } finally {
    // Sharp has read the pixels: the canvas' memory (tens of MB) goes now, not at the next GC.
    drawing.canvas.width = 1;
  }
}

async function encodeRenditions(
  { raw, scale, widths }: PageDrawing,
  options: Omit<DrawOptions, "textless">,
): Promise<DrawnPageBytes | PhotosOnly> {
  const photos: (DrawnImageBytes | null)[] = [];
  for (const box of options.photos) {
    const region = cropPixels(box, scale, raw.width, raw.height);
    if (region === null) {
      photos.push(null);
      continue;
    }
    const { sources, narrowest } = await encodeLadder(raw, ladder(PHOTO_WIDTHS, region.width), region);
    photos.push({ sources, placeholder: await encodePlaceholder(narrowest) });
  }
  if (!options.page) return { photos };
  // The thumbnail and the placeholder are made from the narrowest rung, not from the whole drawing.
  const { sources, narrowest } = await encodeLadder(raw, widths);
  return {
    image: { sources, placeholder: await encodePlaceholder(narrowest) },
    thumb: await encodeThumb(narrowest),
    photos,
  };
}

export interface PhotosOnly {
  photos: (DrawnImageBytes | null)[];
}

/** The page drawn at `scale` pixels per point on white (paper), as RGBA pixels, and the canvas that holds them. */
async function render(page: PDFPageProxy, scale: number): Promise<{ raw: RawImage; canvas: { width: number } }> {
  const viewport = page.getViewport({ scale });
  const width = Math.round(viewport.width);
  const height = Math.round(viewport.height);
  const canvas = pdfjsCanvas.createCanvas(width, height);
  const context = withThreadFonts(canvas.getContext("2d"));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  await page.render({
    // PDF.js draws on a 2D context; Skia's context implements the same calls (PDF.js uses it in Node itself).
    canvasContext: context as unknown as CanvasRenderingContext2D,
    canvas: canvas as unknown as HTMLCanvasElement,
    viewport,
  }).promise;
  // The canvas' pixels (RGBA, premultiplied: the same as straight RGBA here, as the page is opaque
  // on its white ground). `data()` of @napi-rs/canvas 1.x gives a copy (33 MB at 2400 px; 0.1 lent
  // the canvas' own memory); sharp reads it as it is (`encode.ts`). The canvas goes along, and
  // `encodeDrawing` empties it once the renditions are made, so that Skia's memory goes then.
  return { raw: { data: canvas.data(), width, height }, canvas };
}
