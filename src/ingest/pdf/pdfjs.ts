import type * as PdfJs from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * PDF.js as Folio loads it: pdfjs-dist's legacy build (the one for Node), with the builtins its
 * polyfills replace put back. The legacy build carries core-js, and three of its polyfills replace
 * builtins Node already has, for the whole thread, to follow the spec in corner cases no code here
 * meets: `JSON.stringify` (then ~15× slower: every bundle and cache file a PDF build writes),
 * `JSON.parse` and `Array.prototype.push` (~1.7× slower: in PDF.js, the page parser and the tagger,
 * a few per cent of a page's import). PDF.js's own modern build runs on the browsers' builtins,
 * so the builtins Node had are put back once PDF.js has loaded. Its worker's module (which PDF.js
 * runs in this thread in Node, and which carries the same polyfills) is loaded here too and handed
 * to PDF.js (`globalThis.pdfjsWorker`, where PDF.js looks for a worker already loaded), so that it
 * cannot replace them again at the first document.
 *
 * Loaded with `import()` after the builtins are kept: a static import would run PDF.js first.
 * Every module of Folio takes PDF.js from here.
 */
const builtins = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};

const pdfjs: typeof PdfJs = await import("pdfjs-dist/legacy/build/pdf.mjs");
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");

Object.defineProperty(Array.prototype, "push", { value: builtins.push, writable: true, configurable: true });
JSON.parse = builtins.parse;
JSON.stringify = builtins.stringify;

export const { getDocument, OPS } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
