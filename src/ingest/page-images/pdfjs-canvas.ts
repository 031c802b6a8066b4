import { createRequire } from "node:module";
import type * as Canvas from "@napi-rs/canvas";

const require = createRequire(import.meta.url);
const fromPdfjs = createRequire(require.resolve("pdfjs-dist/package.json"));

/**
 * The Skia canvas (`@napi-rs/canvas`) that PDF.js itself loads in Node: pdfjs-dist pins its own copy,
 * and PDF.js draws glyphs with that copy's `Path2D`, which a canvas of another copy rejects. So the
 * page is drawn on a canvas made by the same copy, resolved from pdfjs-dist's folder.
 */
export const pdfjsCanvas = fromPdfjs("@napi-rs/canvas") as typeof Canvas;

/** That copy's version (page images are cached under it). */
export const pdfjsCanvasVersion = (fromPdfjs("@napi-rs/canvas/package.json") as { version: string }).version;
