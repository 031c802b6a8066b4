import { wrapText } from "./poster-layout";

/**
 * The share poster (分享海报), drawn in the browser on a canvas and returned as a PNG data: URL:
 * paper and date, headline, subtitle, an excerpt or the reader's selected passage, and a QR code
 * of the article's URL (the `qrcode` library, loaded here on demand: this module is itself only
 * loaded when a poster is asked for). Nothing leaves the browser.
 */
export interface PosterContent {
  headline: string;
  subtitle: string | null;
  /** The article's opening, or the passage the reader selected (`quoted`). */
  excerpt: string;
  quoted: boolean;
  paperName: string;
  date: string;
  /** The absolute URL the QR code holds. */
  url: string;
}

const WIDTH = 1080;
const PAD = 80;
const INNER = WIDTH - 2 * PAD;
const COLORS = { paper: "#fbfaf6", ink: "#1c1b19", muted: "#5c5a55", accent: "#a3131c", rule: "#d9d4c7" };
const QR_SIZE = 232;

/** The page's CJK fonts (`--font-serif`, `--font-sans`), so the poster is set as the article is. */
function pageFonts(): { serif: string; sans: string } {
  const style = getComputedStyle(document.documentElement);
  return {
    serif: style.getPropertyValue("--font-serif").trim() || "serif",
    sans: style.getPropertyValue("--font-sans").trim() || "sans-serif",
  };
}

interface Block {
  lines: string[];
  font: string;
  color: string;
  lineHeight: number;
  gapAfter: number;
}

export async function drawPoster(content: PosterContent): Promise<string> {
  const QRCode = await import("qrcode");
  const qr = QRCode.create(content.url, { errorCorrectionLevel: "M" });
  await document.fonts.ready;
  const { serif, sans } = pageFonts();
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("no 2d canvas");
  const measureIn = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const block = (
    text: string,
    font: string,
    color: string,
    lineHeight: number,
    gapAfter: number,
    maxLines: number,
  ): Block => ({ lines: wrapText(text, INNER, measureIn(font), { maxLines }), font, color, lineHeight, gapAfter });

  const excerpt = content.quoted ? `“${content.excerpt}”` : content.excerpt;
  const blocks = [
    block(content.headline, `bold 60px ${serif}`, COLORS.ink, 84, 24, 4),
    ...(content.subtitle ? [block(content.subtitle, `34px ${serif}`, COLORS.muted, 52, 24, 2)] : []),
    block(excerpt, `36px ${serif}`, COLORS.ink, 66, 0, content.quoted ? 14 : 8),
  ];
  const mastheadHeight = 150;
  const footerHeight = QR_SIZE + 2 * 56;
  const bodyHeight = blocks.reduce((sum, b) => sum + b.lines.length * b.lineHeight + b.gapAfter, 0);
  canvas.width = WIDTH;
  canvas.height = mastheadHeight + 48 + bodyHeight + 56 + footerHeight;

  context.fillStyle = COLORS.paper;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = COLORS.accent;
  context.fillRect(0, 0, WIDTH, 12);
  context.textBaseline = "alphabetic";

  // Masthead: the paper's name and the date, over a double rule, as a newspaper's.
  context.fillStyle = COLORS.accent;
  context.font = `bold 44px ${serif}`;
  context.fillText(wrapText(content.paperName, INNER, measureIn(context.font), { maxLines: 1 })[0] ?? "", PAD, 92);
  context.fillStyle = COLORS.muted;
  context.font = `28px ${sans}`;
  context.fillText(content.date, PAD, 132);
  context.fillStyle = COLORS.ink;
  context.fillRect(PAD, mastheadHeight, INNER, 4);
  context.fillRect(PAD, mastheadHeight + 8, INNER, 1);

  let y = mastheadHeight + 48;
  for (const b of blocks) {
    context.font = b.font;
    context.fillStyle = b.color;
    for (const line of b.lines) {
      y += b.lineHeight;
      context.fillText(line, PAD, y - b.lineHeight * 0.28);
    }
    y += b.gapAfter;
  }

  // Footer: the QR code of the article (with its quiet zone) and what to do with it.
  y += 56;
  context.fillStyle = COLORS.rule;
  context.fillRect(PAD, y, INNER, 2);
  const qrTop = y + 56;
  const qrLeft = WIDTH - PAD - QR_SIZE;
  const modules = qr.modules;
  const quiet = 4;
  const cell = Math.floor(QR_SIZE / (modules.size + 2 * quiet));
  const offset = Math.floor((QR_SIZE - cell * (modules.size + 2 * quiet)) / 2);
  context.fillStyle = "#ffffff";
  context.fillRect(qrLeft, qrTop, QR_SIZE, QR_SIZE);
  context.fillStyle = "#000000";
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col))
        context.fillRect(qrLeft + offset + (col + quiet) * cell, qrTop + offset + (row + quiet) * cell, cell, cell);
  context.fillStyle = COLORS.ink;
  context.font = `bold 34px ${sans}`;
  context.fillText("扫码阅读全文", PAD, qrTop + 80);
  context.fillStyle = COLORS.muted;
  context.font = `28px ${sans}`;
  context.fillText("长按图片可保存或识别二维码", PAD, qrTop + 130);
  context.fillText(`${content.paperName} · Folio`, PAD, qrTop + 176);

  return canvas.toDataURL("image/png");
}
