import { readFile } from "node:fs/promises";
import { openPdf } from "../pdf/read-pdf";
import { drawPage, type DrawnPageBytes, type DrawOptions, type PhotosOnly } from "./draw-page";
import { nativeFontOptions } from "./native-fonts";

/** What a worker thread is asked to draw: page `pdfPage` (from 1) of the PDF file at `path`. */
export interface DrawPageTask extends DrawOptions {
  path: string;
  pdfPage: number;
}

/** Opens the PDF, draws the page and closes it (the document's memory is freed at once). */
export async function drawPdfFilePage(task: DrawPageTask): Promise<DrawnPageBytes | PhotosOnly> {
  const doc = await openPdf(new Uint8Array(await readFile(task.path)), nativeFontOptions());
  try {
    const page = await doc.getPage(task.pdfPage);
    return await drawPage(page, task);
  } finally {
    await doc.destroy();
  }
}
