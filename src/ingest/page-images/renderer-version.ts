import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { codeVersion } from "../cache/code-version";
import { pdfjsCanvasVersion } from "./pdfjs-canvas";

const require = createRequire(import.meta.url);
const HERE = fileURLToPath(new URL(".", import.meta.url));

/**
 * The version a page's images are cached under: the drawing code (this folder: ladder, crops,
 * encoding settings) and the libraries that draw and encode (PDF.js, Skia, libvips/libwebp). Not the
 * parser's version: a parser change leaves every page image as it was (photo crops are keyed by
 * their boxes, which the parser gives).
 */
export function rendererVersion(): string {
  const libraries = [
    `pdfjs-dist ${(require("pdfjs-dist/package.json") as { version: string }).version}`,
    `@napi-rs/canvas ${pdfjsCanvasVersion}`,
    `sharp ${sharp.versions.sharp ?? ""} vips ${sharp.versions.vips} webp ${sharp.versions.webp ?? ""}`,
  ].join(", ");
  return codeVersion([HERE], libraries);
}
