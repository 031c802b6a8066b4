/**
 * Draws a preview card with `@napi-rs/canvas` (Skia, its binary inside the npm package) and encodes
 * it as a palette PNG with sharp. Chosen over satori + resvg by measurement (`npm run bench:og`
 * prints this renderer's numbers): satori parses the 15 MB CJK font with opentype.js (1.3 s per
 * process, so it wants a subset font per run) and then takes 15–40 ms per card plus 75–250 ms in
 * resvg for an RGBA PNG of ~95 kB; the canvas draws a card in under 10 ms with the font as it is,
 * with the same `measureText` the browser's poster wraps with, so both share one line breaker.
 */
import { createCanvas } from "@napi-rs/canvas";
import sharp from "sharp";
import { CARD_HEIGHT, CARD_WIDTH, type PreviewCard } from "../../src/app/lib/preview-image";
import { registerCardFont } from "./card-font";
import { layoutCard } from "./card-layout";

/**
 * A card's size limit: what a preview fetcher takes without complaint (WeChat's and Weibo's
 * crawlers drop large images; Twitter/X allows 5 MB) and what keeps an archive's cards small.
 */
export const MAX_CARD_BYTES = 60 * 1024;
/**
 * Palette sizes tried in turn: a card is flat paper, ink, grey and one red, with anti-aliased
 * edges, so 16 colours look like the original (8 when a dense card would pass the limit).
 */
const PALETTES = [16, 8];

/** The card's pixels, RGBA, CARD_WIDTH × CARD_HEIGHT. */
export function drawCardPixels(card: PreviewCard): Buffer {
  registerCardFont();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = canvas.getContext("2d");
  context.textBaseline = "alphabetic";
  const measureIn = (text: string, font: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  for (const op of layoutCard(card, measureIn)) {
    context.fillStyle = op.color;
    if (op.kind === "rect") context.fillRect(op.x, op.y, op.width, op.height);
    else {
      context.font = op.font;
      context.fillText(op.text, op.x, op.y);
    }
  }
  return Buffer.from(context.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT).data.buffer);
}

/** The card as a palette PNG of at most MAX_CARD_BYTES. */
export async function renderCard(card: PreviewCard): Promise<Buffer> {
  const pixels = drawCardPixels(card);
  for (const colours of PALETTES) {
    const png = await sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
      .png({ palette: true, colours, dither: 0, effort: 1, compressionLevel: 6 })
      .toBuffer();
    if (png.length <= MAX_CARD_BYTES) return png;
  }
  throw new Error(`preview card of ${card.paperName} ${card.date} ${card.section} is over ${MAX_CARD_BYTES} bytes`);
}
