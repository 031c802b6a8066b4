import { drawPdfFilePage, type DrawPageTask } from "../page-images/draw-pdf-file-page";
import { readAndDrawPdfFile, type ReadAndDrawResult, type ReadAndDrawTask } from "../page-images/read-and-draw";
import type { DrawnPageBytes, PhotosOnly } from "../page-images/draw-page";

/**
 * The worker threads' entry for drawing page images: its own file, so that only a thread that draws
 * loads PDF.js, Skia and sharp (piscina runs a task in the file it names). It takes a page to draw
 * (`folio build`) and a PDF file to read and draw in one pass (`folio import pdf`).
 */
export default function imageWorker(
  task: ({ kind: "page-images" } & DrawPageTask) | ({ kind: "pdf-file" } & ReadAndDrawTask),
): Promise<DrawnPageBytes | PhotosOnly | ReadAndDrawResult> {
  return task.kind === "pdf-file" ? readAndDrawPdfFile(task) : drawPdfFilePage(task);
}
