// pdfjs-dist ships its worker's module without type declarations. PDF.js looks for the handler it
// exports on `globalThis.pdfjsWorker` (pdfjs.ts loads it there).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
