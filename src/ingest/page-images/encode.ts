import sharp, { type Sharp } from "sharp";
import type { PixelRegion } from "./crop-box";

/**
 * Encoding with sharp (libvips): resized with its Lanczos filter, written as WebP, the zoom rungs
 * as JPEG. WebP rather than AVIF: on a newspaper page AVIF is about a third smaller but takes 2–6×
 * as long to encode (`npm run bench:pdf -- --compare` prints both), which the import's pages per
 * second cannot pay. Each rung is resized from the rung above it, not from the drawing: the same
 * filter on a third of the pixels. The drawing's RGBA (or a photo's region of it) is turned into RGB
 * once, not in each of the two pipelines that read it (the widest rung's encoding and the resize to
 * the next): ~0.05 CPU-s a newspaper page.
 */
export interface EncodedImage {
  bytes: Uint8Array;
  width: number;
  height: number;
  type: EncodedType;
}

export type EncodedType = "image/webp" | "image/jpeg";

/** Pixels as PDF.js drew them (RGBA, row by row), or as a rung was resized (RGB). */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  /** 4 (RGBA, the drawing's) unless given. */
  channels?: 3 | 4;
}

/** WebP quality of the page and photo renditions: text edges stay clean at 960 px within ~250 kB. */
export const WEBP_QUALITY = 75;
/**
 * libwebp's effort (0–6, sharp's default 4): how hard it searches for a smaller file at the same
 * quality. At 2 a newspaper page's ladder encodes in half the time for files ~2.5 % larger (960 px:
 * 223 kB against 218 kB on a real page; `npm run bench:pdf` prints both); below 2 the files grow
 * ~15 % for little more speed.
 */
export const WEBP_EFFORT = 2;
/**
 * Rungs wider than this are JPEG (libjpeg-turbo, Huffman tables optimised, no mozjpeg trellis):
 * only the desktop zoom (2400 px) asks for them. libwebp takes ~0.5 CPU-s on a 2400 px page, the
 * larger half of a page's encoding; JPEG ~0.1 s, for a file ~50 % larger (≈1.5 MB against 1.0 MB,
 * fetched only when the reader zooms in); at this size and quality the text's edges look the same
 * (compared by eye on crops of real pages). Every browser reads JPEG, so a srcset may mix the two.
 */
export const WEBP_MAX_WIDTH = 1600;
export const JPEG_QUALITY = 75;
/**
 * libjpeg-turbo's optimised Huffman tables (sharp's default) take a second pass over the image's
 * coefficients: on a 2400 px newspaper page ~0.05–0.1 CPU-s of the ~0.1–0.2 s its JPEG costs, for a
 * file only ~1.7 % smaller (1 521 kB against 1 494 kB on a real page). The pixels are the same.
 */
export const JPEG_OPTIMISE_CODING = false;
/** The thumbnail's width (版面导航): a page is told apart by its layout, not read. */
export const THUMB_WIDTH = 200;
export const THUMB_QUALITY = 60;
/** The placeholder: a few pixels across, shown blurred until a rendition has loaded. */
export const PLACEHOLDER_WIDTH = 16;
export const PLACEHOLDER_QUALITY = 40;

function source(raw: RawImage, region?: PixelRegion): Sharp {
  const channels = raw.channels ?? 4;
  const image = sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels } });
  const cropped = region === undefined ? image : image.extract(region);
  return channels === 4 ? cropped.removeAlpha() : cropped;
}

/** The image (or a region of it) as RGB pixels, not resized. */
async function rgb(raw: RawImage, region?: PixelRegion): Promise<RawImage> {
  const { data, info } = await source(raw, region).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

/** The image (or a region of it) resized to `width`, as RGB pixels. */
async function resized(raw: RawImage, width: number, region?: PixelRegion): Promise<RawImage> {
  const { data, info } = await source(raw, region).resize({ width }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

async function encode(image: Sharp, quality: number, width: number): Promise<EncodedImage> {
  const jpeg = width > WEBP_MAX_WIDTH;
  const written = jpeg
    ? image.jpeg({ quality: JPEG_QUALITY, optimiseCoding: JPEG_OPTIMISE_CODING })
    : image.webp({ quality, effort: WEBP_EFFORT });
  const { data, info } = await written.toBuffer({ resolveWithObject: true });
  return {
    bytes: new Uint8Array(data),
    width: info.width,
    height: info.height,
    type: jpeg ? "image/jpeg" : "image/webp",
  };
}

/** An image's renditions (narrowest first), and its pixels at the narrowest (to make smaller images from). */
export interface Ladder {
  sources: EncodedImage[];
  narrowest: RawImage;
}

/** One rendition per width (narrowest first) of the image, or of a region of it. */
export async function encodeLadder(raw: RawImage, widths: readonly number[], region?: PixelRegion): Promise<Ladder> {
  const full = region?.width ?? raw.width;
  const out: EncodedImage[] = [];
  // Widest first: each narrower rung is resized from the one above it. The image (or its region)
  // as RGB, once, when it is read twice: encoded as the widest rung and resized to the next.
  const readTwice = widths.length > 1 && Math.max(...widths) >= full;
  let above: { raw: RawImage; region?: PixelRegion } = readTwice ? { raw: await rgb(raw, region) } : { raw, region };
  for (const width of [...widths].sort((a, b) => b - a)) {
    const pixels = width >= full ? above : { raw: await resized(above.raw, width, above.region) };
    out.unshift(await encode(source(pixels.raw, pixels.region), WEBP_QUALITY, width));
    above = pixels;
  }
  const narrowest = above.region === undefined ? above.raw : await resized(above.raw, above.region.width, above.region);
  return { sources: out, narrowest };
}

export async function encodeThumb(raw: RawImage): Promise<EncodedImage> {
  return encode(source(raw).resize({ width: Math.min(THUMB_WIDTH, raw.width) }), THUMB_QUALITY, THUMB_WIDTH);
}

/** A `data:` URI of a few hundred bytes: the image's colours and layout at `PLACEHOLDER_WIDTH` pixels. */
export async function encodePlaceholder(raw: RawImage, region?: PixelRegion): Promise<string> {
  const image = source(raw, region).resize({ width: PLACEHOLDER_WIDTH });
  const { bytes } = await encode(image, PLACEHOLDER_QUALITY, PLACEHOLDER_WIDTH);
  return `data:image/webp;base64,${Buffer.from(bytes).toString("base64")}`;
}
