import { readFile } from "node:fs/promises";
import type { ParsedPage } from "@/bundle/schema";
import { ResultCache } from "../cache/result-cache";
import { CliError } from "../cli-error";
import { PDF_PAGE_CACHE, pdfPageKey } from "../pdf/pdf-page-cache";
import type { PdfFileReader } from "../pdf/import-pdf";
import type { TaskRunner } from "../workers/pool";
import { photoBoxes } from "./image-keys";
import { openPageImageCache, storeDrawnPage } from "./page-image-store";
import { addStageTimes, noStageTimes, type StageTimes } from "./stage-times";

/**
 * How `folio import pdf` reads its files: each file on a worker thread, read, parsed and drawn in
 * one pass (`read-and-draw.ts`), and what that made put in the build's cache (`--cache`, the same
 * default as `folio build`): the parsed page under the key the build looks it up by, the images
 * under the page-image cache's keys. The build that follows parses and draws nothing again. What a
 * file gave is stored as soon as it comes back, so memory holds a few pages' images, not the issue's;
 * a bad file stops the import and writes no content (the cache may keep the good files' entries:
 * they are valid, keyed by those files' bytes).
 */
export async function readerForBuild(
  runner: TaskRunner,
  cacheDir: string,
): Promise<PdfFileReader & { times: StageTimes }> {
  const results = await ResultCache.open(cacheDir);
  const images = await openPageImageCache(cacheDir);
  const times = noStageTimes();
  return {
    parallel: runner.jobs > 1,
    times,
    read: async (file: string): Promise<ParsedPage[]> => {
      const made = await runner.run({ kind: "pdf-file", path: file });
      if (!made.ok) throw new CliError(made.error);
      const bytes = await readFile(file);
      const hash = ResultCache.key(bytes);
      for (const [i, { parsed, drawn }] of made.pages.entries()) {
        await results.put(PDF_PAGE_CACHE, pdfPageKey(bytes, i + 1), parsed);
        await storeDrawnPage(images, hash, i + 1, photoBoxes(parsed), drawn);
      }
      addStageTimes(times, made.times);
      return made.pages.map((p) => p.parsed);
    },
  };
}
