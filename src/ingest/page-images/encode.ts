import sharp, { type Sharp } from "sharp";
import type { PixelRegion } from "./crop-box";

/**
 * Encoding with sharp (libvips): resized with its Lanczos filter, written as WebP. WebP rather than
 * AVIF: on a newspaper page AVIF is about a third smaller but takes 2–6× as long to encode
 * (`npm run bench:pdf` prints both), which the build's pages-per-second cannot pay.
 */
export interface EncodedImage {
  bytes: Uint8Array;
  width: number;
  height: number;
  type: "image/webp";
}

/** Pixels as PDF.js drew them: RGBA, row by row. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
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
/** The thumbnail's width (版面导航): a page is told apart by its layout, not read. */
export const THUMB_WIDTH = 200;
export const THUMB_QUALITY = 60;
/** The placeholder: a few pixels across, shown blurred until a rendition has loaded. */
export const PLACEHOLDER_WIDTH = 16;
export const PLACEHOLDER_QUALITY = 40;

function source(raw: RawImage, region?: PixelRegion): Sharp {
  const image = sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 4 } });
  return (region === undefined ? image : image.extract(region)).removeAlpha();
}

async function encode(image: Sharp, quality: number): Promise<EncodedImage> {
  const { data, info } = await image.webp({ quality, effort: WEBP_EFFORT }).toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data), width: info.width, height: info.height, type: "image/webp" };
}

/** One rendition per width (narrowest first) of the image, or of a region of it. */
export async function encodeLadder(
  raw: RawImage,
  widths: readonly number[],
  region?: PixelRegion,
): Promise<EncodedImage[]> {
  const full = region?.width ?? raw.width;
  const out: EncodedImage[] = [];
  for (const width of widths) {
    const image = source(raw, region);
    out.push(await encode(width >= full ? image : image.resize({ width }), WEBP_QUALITY));
  }
  return out;
}

export async function encodeThumb(raw: RawImage): Promise<EncodedImage> {
  return encode(source(raw).resize({ width: Math.min(THUMB_WIDTH, raw.width) }), THUMB_QUALITY);
}

/** A `data:` URI of a few hundred bytes: the image's colours and layout at `PLACEHOLDER_WIDTH` pixels. */
export async function encodePlaceholder(raw: RawImage, region?: PixelRegion): Promise<string> {
  const image = source(raw, region).resize({ width: PLACEHOLDER_WIDTH });
  const { bytes } = await encode(image, PLACEHOLDER_QUALITY);
  return `data:image/webp;base64,${Buffer.from(bytes).toString("base64")}`;
}
