import { threadId } from "node:worker_threads";
import type { FontKey } from "@napi-rs/canvas";
import { pdfjsCanvas } from "./pdfjs-canvas";

/**
 * Lets PDF.js draw a page's text with the page's own fonts, as it does in a browser, instead of
 * glyph by glyph as paths. In Node PDF.js has no Font Loading API, so it turns every glyph of every
 * embedded font into path commands (in its worker), builds a `Path2D` per glyph and has Skia fill
 * each one: ~a fifth of the drawing's CPU on a newspaper page. Given `FontFace` and a document whose
 * `fonts` it adds them to (getDocument's `ownerDocument`), it hands the fonts to the canvas and
 * draws text with `fillText`; Skia renders the glyphs from the font itself. Those two pieces are
 * all this module writes: `FontFace` registers the font's bytes with Skia's font collection
 * (`GlobalFonts` of @napi-rs/canvas), and the document's `fonts.delete` (PDF.js calls it when the
 * document is destroyed) takes them out again, a document's fonts in one go.
 *
 * Skia's font collection is one per process, but PDF.js numbers its fonts per thread (`g_d0_f1`
 * is the first font of the first document in every worker): each font is registered under its
 * name with this thread's id in front, and the canvas context given to PDF.js puts the same prefix
 * in the family names it is set to (`withThreadFonts`).
 */
const PREFIX = `t${threadId}_`;
/** PDF.js's names of the fonts it loads: `g_` (document-wide objects), the document's id, the font's. */
const PDFJS_FONT = /"(g_d\d+_[\w]+)"/gu;

class SkiaFontFace {
  readonly loaded: Promise<SkiaFontFace>;
  readonly key: FontKey | null;

  constructor(
    readonly family: string,
    data: Uint8Array,
  ) {
    this.key = pdfjsCanvas.GlobalFonts.register(Buffer.from(data), PREFIX + family);
    // A font Skia cannot read is rejected, as a browser's FontFace would be: PDF.js then warns and
    // draws that font's text with a standard font instead.
    this.loaded =
      this.key === null ? Promise.reject(new Error(`Skia cannot read the font ${family}`)) : Promise.resolve(this);
  }
}

/** Fonts PDF.js has let go of, not yet taken out of Skia's collection. */
let leaving: FontKey[] = [];

/**
 * Takes the fonts PDF.js let go of out of Skia's collection, at once: Skia rebuilds its collection
 * at each removal (~3 ms), and PDF.js lets go of a document's fonts one by one when it is destroyed
 * (a newspaper page has 10–20). They are taken out together, once that loop is over.
 */
function removeLeaving(): void {
  const keys = leaving;
  leaving = [];
  pdfjsCanvas.GlobalFonts.removeBatch(keys);
}

/** The document PDF.js adds its fonts to (only `fonts` is read). */
const ownerDocument = {
  fonts: {
    add(): void {},
    delete(face: SkiaFontFace): void {
      if (face.key === null) return;
      if (leaving.length === 0) queueMicrotask(removeLeaving);
      leaving.push(face.key);
    },
  },
};

/** getDocument's options that make PDF.js load the fonts into Skia (defines `FontFace` in this thread). */
export function nativeFontOptions(): { disableFontFace: false; ownerDocument: unknown } {
  const global = globalThis as { FontFace?: unknown };
  global.FontFace ??= SkiaFontFace;
  return { disableFontFace: false, ownerDocument };
}

/** The canvas context, its `font` set with this thread's font names (see above). */
export function withThreadFonts<T extends object>(context: T): T {
  const font = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(context), "font");
  if (font?.get === undefined || font.set === undefined) return context;
  const { get, set } = font;
  Object.defineProperty(context, "font", {
    get(): unknown {
      return get.call(this);
    },
    set(value: string) {
      set.call(this, value.replace(PDFJS_FONT, `"${PREFIX}$1"`));
    },
  });
  return context;
}
