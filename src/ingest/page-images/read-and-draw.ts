import type { ParsedPage } from "@/bundle/schema";
import { CliError } from "../cli-error";
import { damagedPage, openPdf, PdfReadError, readTextItems, withDrawnBoxes } from "../pdf/read-pdf";
import { readPdfBytes, readPdfPage } from "../read-pdf-page";
import { encodeDrawing, renderPage, type DrawnPageBytes } from "./draw-page";
import { nativeFontOptions } from "./native-fonts";
import { photoBoxes } from "./image-keys";
import { renderedOperatorList } from "./rendered-operator-list";
import { noStageTimes, timed, type StageTimes } from "./stage-times";

/**
 * One PDF file read and drawn in one pass, on a worker thread: PDF.js loads the document once; each
 * page's text layer is read, the page drawn once at its widest rung, the boxes of its images and
 * rules read off the operations it was drawn with (`rendered-operator-list.ts`), the page parsed
 * (articles, people), then the drawing encoded (ladder, thumbnail, placeholder and a crop per photo
 * the parse found).
 * `folio import pdf` runs one such task per file on every core, so that the build that follows finds
 * both the parse and the images in its cache. Before, the page was loaded three times (the
 * import's parse, the build's parse on the main thread, the drawing).
 *
 * Bad input comes back as `{ error }` (a worker thread's exceptions lose their class on the way back).
 */
export interface ReadAndDrawTask {
  path: string;
}

export interface ReadAndDrawnPage {
  parsed: ParsedPage;
  drawn: DrawnPageBytes;
}

export type ReadAndDrawResult =
  { ok: true; pages: ReadAndDrawnPage[]; times: StageTimes } | { ok: false; error: string };

export async function readAndDrawPdfFile(task: ReadAndDrawTask): Promise<ReadAndDrawResult> {
  const { path } = task;
  const times = noStageTimes();
  try {
    const bytes = await readPdfBytes(path);
    const doc = await timed(times, "open", () => openPdf(new Uint8Array(bytes), nativeFontOptions()));
    try {
      const pages: ReadAndDrawnPage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await timed(times, "open", () => doc.getPage(n)).catch((error: unknown) => {
          throw damagedPage(n, error);
        });
        const text = await timed(times, "text", () => readTextItems(page)).catch((error: unknown) => {
          throw damagedPage(n, error);
        });
        // A page without a text layer (a scan) is drawn at its scan's resolution, no finer.
        const scan = text.items.every((item) => item.text.trim() === "");
        const drawing = await timed(times, "draw", () => renderPage(page, scan)).catch((error: unknown) => {
          throw damagedPage(n, error);
        });
        const content = await timed(times, "text", async () =>
          withDrawnBoxes(text, renderedOperatorList(page) ?? (await page.getOperatorList())),
        );
        const parsed = await timed(times, "parse", () => readPdfPage(content));
        const drawn = (await timed(times, "encode", () =>
          encodeDrawing(drawing, { page: true, photos: photoBoxes(parsed) }),
        )) as DrawnPageBytes;
        page.cleanup();
        pages.push({ parsed, drawn });
      }
      return { ok: true, pages, times };
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    if (error instanceof CliError) return { ok: false, error: error.message };
    if (error instanceof PdfReadError) return { ok: false, error: `${path}: ${error.message}` };
    throw error;
  }
}
