import type { ParsedPage } from "@/bundle/schema";
import type { DrawnPageBytes, PhotosOnly } from "../page-images/draw-page";
import type { DrawPageTask } from "../page-images/draw-pdf-file-page";
import type { ReadAndDrawResult, ReadAndDrawTask } from "../page-images/read-and-draw";
import { importDay, type ImportedDay } from "../pfr/import-pfr";
import { readPage } from "../read-page";

/**
 * The costly, independent pieces of `folio import` and `folio build`, as messages a worker thread
 * can take: one day of a PFR corpus (its lines as text, grouped and read by the people model), one page of text (parse,
 * then people), one PDF page's images (drawn and encoded), one PDF file read, parsed and drawn in
 * one pass (`folio import pdf`). Plain data in and out (structured clone).
 */
export type IngestTask =
  | { kind: "pfr-day"; text: string; firstLine: number; sourceName: string }
  | { kind: "text-page"; text: string }
  | ({ kind: "page-images" } & DrawPageTask)
  | ({ kind: "pdf-file" } & ReadAndDrawTask);

export interface IngestResults {
  "pfr-day": ImportedDay;
  "text-page": ParsedPage;
  "page-images": DrawnPageBytes | PhotosOnly;
  "pdf-file": ReadAndDrawResult;
}

export type IngestResult<T extends IngestTask> = IngestResults[T["kind"]];

export async function runTask(task: IngestTask): Promise<IngestResults[IngestTask["kind"]]> {
  switch (task.kind) {
    case "pfr-day":
      return importDay(task.text, task.firstLine, task.sourceName);
    case "text-page":
      return readPage(task.text);
    case "page-images": {
      // PDF.js, Skia and sharp are loaded only by a build that draws a page (worker threads run
      // this task in image-worker.ts instead: tsx does not resolve a worker's dynamic imports).
      const { drawPdfFilePage } = await import("../page-images/draw-pdf-file-page");
      return drawPdfFilePage(task);
    }
    case "pdf-file": {
      const { readAndDrawPdfFile } = await import("../page-images/read-and-draw");
      return readAndDrawPdfFile(task);
    }
  }
}
