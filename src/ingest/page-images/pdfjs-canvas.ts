import { createRequire } from "node:module";
import type * as Canvas from "@napi-rs/canvas";

const require = createRequire(import.meta.url);
const fromPdfjs = createRequire(require.resolve("pdfjs-dist/package.json"));

/**
 * The Skia canvas (`@napi-rs/canvas`) that PDF.js itself loads in Node: PDF.js draws paths with
 * that copy's `Path2D`, which a canvas of another copy rejects. So the page is drawn on a canvas
 * made by the same copy, resolved from pdfjs-dist's folder. package.json's `overrides` make that
 * copy the project's own (1.x) rather than the 0.1 line pdfjs-dist 5.6 asks for: 1.x draws a
 * page's ~7 000 glyphs (one `fillText` each) ~2–3× as fast, and one Skia is installed, not two.
 */
export const pdfjsCanvas = fromPdfjs("@napi-rs/canvas") as typeof Canvas;

/** That copy's version (page images are cached under it). */
export const pdfjsCanvasVersion = (fromPdfjs("@napi-rs/canvas/package.json") as { version: string }).version;
