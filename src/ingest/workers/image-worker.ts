import { drawPdfFilePage, type DrawPageTask } from "../page-images/draw-pdf-file-page";

/**
 * The worker threads' entry for drawing page images: its own file, so that only a thread that draws
 * loads PDF.js, Skia and sharp (piscina runs a task in the file it names).
 */
export default function imageWorker(task: DrawPageTask): ReturnType<typeof drawPdfFilePage> {
  return drawPdfFilePage(task);
}
