import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from "./pdfjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import type { Rect } from "./geometry";
import { multiply, type Matrix } from "./matrix";

/**
 * Reads a PDF with Mozilla's PDF.js: each page's size, its text layer with geometry and the boxes
 * of the images it draws. Coordinates are PDF points from the page's top-left corner. Bad input
 * (encrypted, damaged, not a PDF) is a `PdfReadError` with one line that says what.
 */
export interface PdfTextItem {
  text: string;
  /** The glyph run's box: left, top, width, height. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The font size in points (the text matrix's scale). */
  size: number;
  /** Drawn with a vertical (Identity-V) font: the run goes down the page. */
  vertical: boolean;
  font: string;
}

export interface PdfPageContent {
  width: number;
  height: number;
  items: PdfTextItem[];
  images: Rect[];
  /** The rules and frames the page strokes: lines (one side about 0) and rectangles (box outlines). */
  rules: Rect[];
}

export class PdfReadError extends Error {
  override name = "PdfReadError";
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve("pdfjs-dist/package.json"));

/** `drawing`: getDocument's options for a document that is drawn as well as read (see page-images/native-fonts.ts). */
export async function openPdf(bytes: Uint8Array, drawing: object = {}): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw new PdfReadError("the file is empty");
  const task = getDocument({
    ...drawing,
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    cMapUrl: join(PDFJS_DIR, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/",
    isEvalSupported: false,
    useSystemFonts: false,
  });
  try {
    return await task.promise;
  } catch (error) {
    throw new PdfReadError(describeOpenError(error));
  }
}

function describeOpenError(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return "the PDF is encrypted (password-protected): Folio cannot read it";
  if (name === "InvalidPDFException") return `not a readable PDF (damaged or not a PDF: ${message})`;
  return `the PDF cannot be read (${message})`;
}

/** The error for page `n` that PDF.js could not read. */
export function damagedPage(n: number, error: unknown): PdfReadError {
  const message = error instanceof Error ? error.message : String(error);
  return new PdfReadError(`page ${n} of the PDF is damaged (${message})`);
}

/** The text and images of every page, in page order. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPageContent[]> {
  const doc = await openPdf(bytes);
  try {
    const pages: PdfPageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PDFPageProxy;
      try {
        page = await doc.getPage(n);
        pages.push(await readPageContent(page));
        page.cleanup();
      } catch (error) {
        throw damagedPage(n, error);
      }
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * One page's text and drawn boxes, from a page of a document the caller opened (and closes): the
 * same document can then draw the page (`page-images/read-and-draw.ts`), the PDF loaded once.
 * `operatorList`: the page's drawing operations when the caller has them already (the ones PDF.js
 * drew the page with), so that PDF.js does not read them, fonts and images, a second time.
 */
export async function readPageContent(page: PDFPageProxy, operatorList?: OperatorList): Promise<PdfPageContent> {
  const text = await readTextItems(page);
  return withDrawnBoxes(text, operatorList ?? (await page.getOperatorList()));
}

/** A page's text layer alone: the first half of `readPageContent`. */
export interface PageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** The drawing operations as PDF.js lists them (`getOperatorList`, or the ones a render used). */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export async function readTextItems(page: PDFPageProxy): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const ty = viewport.height;
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!("str" in raw)) continue;
    const item = raw as TextItem;
    if (item.str === "") continue;
    const style = content.styles[item.fontName];
    const vertical = style?.vertical === true;
    const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
    const size = Math.hypot(a, b) || Math.abs(d);
    const ascent = style?.ascent ?? DEFAULT_ASCENT;
    const descent = style?.descent ?? DEFAULT_DESCENT;
    if (vertical) {
      // PDF.js places a vertical run by its top-left corner, its height the run's length down the page.
      items.push({
        text: item.str,
        x: e,
        y: ty - f,
        w: item.width || size,
        h: item.height,
        size,
        vertical,
        font: item.fontName,
      });
    } else {
      const top = ty - f - ascent * size;
      items.push({
        text: item.str,
        x: e,
        y: top,
        w: item.width,
        h: (ascent - descent) * size,
        size,
        vertical,
        font: item.fontName,
      });
    }
  }
  return { width: viewport.width, height: viewport.height, items };
}

/** The page's content: its text (`readTextItems`) and the boxes its operator list draws. */
export function withDrawnBoxes(text: PageText, operatorList: OperatorList): PdfPageContent {
  const { images, rules } = drawnBoxes(operatorList, text.height);
  return { ...text, images, rules };
}

/** Ascent and descent (in ems) when the font does not say. */
const DEFAULT_ASCENT = 0.88;
const DEFAULT_DESCENT = -0.12;

/** Path painting operations that stroke: the path is a rule or a frame. */
const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
/** A filled path this thin (points) and at least RULE_MIN_LENGTH long is a rule drawn as a bar. */
const RULE_MAX_THICKNESS = 3;
const RULE_MIN_LENGTH = 20;

/** The box of a rectangle in user space under the transform, in page coordinates (top-left origin). */
function transformedBox(ctm: Matrix, x0: number, y0: number, x1: number, y1: number, pageHeight: number): Rect {
  const corners = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([u, v]) => [ctm[0] * u! + ctm[2] * v! + ctm[4], ctm[1] * u! + ctm[3] * v! + ctm[5]] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => pageHeight - c[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/**
 * The boxes of the images the page draws (the unit square under the transform at each paint) and
 * of the rules and frames it strokes (a path's bounds, which PDF.js gives with each path).
 */
function drawnBoxes(list: OperatorList, pageHeight: number): { images: Rect[]; rules: Rect[] } {
  const boxes: Rect[] = [];
  const rules: Rect[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  /** An image painted under `matrix` (after the current transform). */
  const image = (matrix: Matrix) => boxes.push(transformedBox(multiply(ctm, matrix), 0, 0, 1, 1, pageHeight));
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (op === OPS.save) stack.push(ctm);
    else if (op === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (op === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (op === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix as Matrix);
    } else if (op === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject || op === OPS.paintImageMaskXObject)
      boxes.push(transformedBox(ctm, 0, 0, 1, 1, pageHeight));
    // The groups PDF.js makes of runs of `save, transform, paint image, restore` when it draws the
    // page (its operator list for drawing is optimised; the one `getOperatorList` gives is not).
    else if (op === OPS.paintImageXObjectRepeat) {
      const [, scaleX, scaleY, positions] = args as [unknown, number, number, ArrayLike<number>];
      for (let k = 0; k + 1 < positions.length; k += 2) image([scaleX, 0, 0, scaleY, positions[k]!, positions[k + 1]!]);
    } else if (op === OPS.paintImageMaskXObjectRepeat) {
      const [, a, b, c, d, positions] = args as [unknown, number, number, number, number, ArrayLike<number>];
      for (let k = 0; k + 1 < positions.length; k += 2) image([a, b, c, d, positions[k]!, positions[k + 1]!]);
    } else if (op === OPS.paintImageMaskXObjectGroup) {
      for (const mask of (args as [{ transform: Matrix }[]])[0]) image(mask.transform);
    } else if (op === OPS.paintInlineImageXObjectGroup) {
      for (const entry of (args as [unknown, { transform: Matrix }[]])[1]) image(entry.transform);
    } else if (op === OPS.constructPath) {
      // PDF.js 5: [painting operation, path data, bounds [minX, minY, maxX, maxY] in user space].
      const paint = args?.[0];
      const bounds = args?.[2];
      if (typeof paint !== "number" || !isBounds(bounds)) continue;
      const box = transformedBox(ctm, bounds[0]!, bounds[1]!, bounds[2]!, bounds[3]!, pageHeight);
      const thin = Math.min(box.w, box.h) <= RULE_MAX_THICKNESS && Math.max(box.w, box.h) >= RULE_MIN_LENGTH;
      if (STROKES.has(paint) || (FILLS.has(paint) && thin)) rules.push(box);
    }
  }
  return { images: boxes, rules };
}

function isBounds(value: unknown): value is ArrayLike<number> {
  return (
    (Array.isArray(value) || value instanceof Float32Array) &&
    value.length === 4 &&
    Array.from(value as ArrayLike<unknown>).every((v) => typeof v === "number" && Number.isFinite(v))
  );
}
