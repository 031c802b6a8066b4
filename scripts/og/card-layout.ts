/**
 * Where everything goes on a preview card (1200×630): a newspaper masthead (the paper's name, the
 * date and the page over a double rule), then the page's lead headline large, wrapped for CJK by
 * the share poster's line breaker (`features/article/api/poster-layout.ts`), its standfirst where
 * there is room, then the page's other headlines one line each, as many as fit, and how many more
 * there are. Pure: `measure` is the
 * canvas's text width in a given font, so the layout is tested without drawing.
 */
import { CARD_HEIGHT, CARD_WIDTH, type PreviewCard } from "../../src/app/lib/preview-image";
import { wrapText } from "../../src/app/features/article/api/poster-layout";

export type MeasureIn = (text: string, font: string) => number;

export type CardOp =
  | { kind: "rect"; x: number; y: number; width: number; height: number; color: string }
  | { kind: "text"; text: string; x: number; y: number; font: string; color: string };

export const CARD_FONT_FAMILY = "Folio Card Serif";
export const COLORS = { paper: "#fbfaf6", ink: "#1c1b19", muted: "#5c5a55", accent: "#a3131c" };

/** Side margins, and the bottom margin no text may cross (a preview crops nothing inside it). */
export const PAD = 72;
export const BOTTOM = CARD_HEIGHT - 44;
const INNER = CARD_WIDTH - 2 * PAD;
/** The lead headline: large, at most three lines (a longer one ends with …). */
const LEAD = { size: 62, lineHeight: 84, maxLines: 3 };
/** The lead's standfirst: at most this many lines, and only in room the other headlines leave. */
const STANDFIRST_LINES = 3;
/** The other headlines: one line each, with a bullet. */
const LIST = { size: 32, lineHeight: 50, indent: 28, bullet: 10 };
/** A line's baseline sits this share of its line height above the line's bottom (as the poster's). */
const DESCENT = 0.28;

const font = (size: number, bold = false) => `${bold ? "bold " : ""}${size}px "${CARD_FONT_FAMILY}"`;

export function layoutCard(card: PreviewCard, measureIn: MeasureIn): CardOp[] {
  const ops: CardOp[] = [
    { kind: "rect", x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, color: COLORS.paper },
    { kind: "rect", x: 0, y: 0, width: CARD_WIDTH, height: 12, color: COLORS.accent },
  ];
  const line = (text: string, size: number, bold: boolean, width = INNER) =>
    wrapText(text, width, (t) => measureIn(t, font(size, bold)), { maxLines: 1 })[0] ?? "";

  // Masthead.
  ops.push({
    kind: "text",
    text: line(card.paperName, 46, true),
    x: PAD,
    y: 94,
    font: font(46, true),
    color: COLORS.accent,
  });
  ops.push({
    kind: "text",
    text: line(`${card.date} · ${card.section}`, 28, false),
    x: PAD,
    y: 140,
    font: font(28),
    color: COLORS.muted,
  });
  ops.push({ kind: "rect", x: PAD, y: 162, width: INNER, height: 4, color: COLORS.ink });
  ops.push({ kind: "rect", x: PAD, y: 170, width: INNER, height: 1, color: COLORS.ink });

  // The lead headline (a page without headlines shows its name there).
  const [lead = card.section, ...rest] = card.headlines;
  const leadFont = font(LEAD.size, true);
  let y = 188;
  for (const text of wrapText(lead, INNER, (t) => measureIn(t, leadFont), { maxLines: LEAD.maxLines })) {
    y += LEAD.lineHeight;
    ops.push({ kind: "text", text, x: PAD, y: y - LEAD.lineHeight * DESCENT, font: leadFont, color: COLORS.ink });
  }

  // The lead's standfirst in the lines the other headlines leave (a page of one story shows most).
  y += 12;
  const lines = () => Math.floor((BOTTOM - y + LIST.lineHeight * DESCENT) / LIST.lineHeight);
  const standfirstLines = Math.min(STANDFIRST_LINES, lines() - rest.length);
  if (standfirstLines > 0 && card.standfirst !== "") {
    const standfirstFont = font(LIST.size);
    for (const text of wrapText(card.standfirst, INNER, (t) => measureIn(t, standfirstFont), {
      maxLines: standfirstLines,
    })) {
      y += LIST.lineHeight;
      ops.push({
        kind: "text",
        text,
        x: PAD,
        y: y - LIST.lineHeight * DESCENT,
        font: standfirstFont,
        color: COLORS.muted,
      });
    }
    y += 12;
  }

  // The other headlines, as many as fit above the bottom margin; the last slot counts the rest.
  const slots = lines();
  const shown = rest.length <= slots ? rest : rest.slice(0, Math.max(0, slots - 1));
  for (const text of shown) {
    y += LIST.lineHeight;
    const baseline = y - LIST.lineHeight * DESCENT;
    const bulletTop = baseline - LIST.size * 0.36 - LIST.bullet / 2;
    ops.push({ kind: "rect", x: PAD, y: bulletTop, width: LIST.bullet, height: LIST.bullet, color: COLORS.accent });
    const listText = line(text, LIST.size, false, INNER - LIST.indent);
    ops.push({
      kind: "text",
      text: listText,
      x: PAD + LIST.indent,
      y: baseline,
      font: font(LIST.size),
      color: COLORS.ink,
    });
  }
  const hidden = rest.length - shown.length;
  if (hidden > 0 && slots > 0) {
    y += LIST.lineHeight;
    ops.push({
      kind: "text",
      text: shown.length === 0 ? `本版另有${hidden}篇` : `另有${hidden}篇`,
      x: PAD + LIST.indent,
      y: y - LIST.lineHeight * DESCENT,
      font: font(LIST.size),
      color: COLORS.muted,
    });
  }
  return ops;
}
