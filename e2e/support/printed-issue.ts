import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Issue } from "../../src/bundle/schema";
import { joinIssue } from "../../src/bundle/issue-text";
import { restoreIssue, restoreManifest, restorePageText } from "../../src/bundle/restore";
import { currentManifestFile } from "../../src/ingest/bundle-pointer";

/**
 * The issue of page PDFs in the e2e content (`fixtures/e2e-content/lab-pdf/2024-06-03`): pages
 * 1–3 typeset from text of their own (a photo with its caption and a jump from page 1 to page 2;
 * two articles on page 3), page 4 scanned (no text layer), page 5 garbled. What the page view
 * must show is read from the bundle the e2e server built, after it has built it.
 */
export const PDF_PAPER = "lab-pdf";
export const PDF_DATE = "2024-06-03";
export const PDF_ISSUE = `/${PDF_PAPER}/${PDF_DATE}/`;
export const pdfPagePath = (no: number) => `${PDF_ISSUE}${no}/`;
export const pdfArticlePath = (no: number, seq: number) => `${PDF_ISSUE}${no}/${seq}/`;

export function printedIssue(): Issue {
  const data = join("dist", "data");
  const manifest = restoreManifest(JSON.parse(readFileSync(join(data, currentManifestFile(data)), "utf8")));
  const entry = manifest.papers.find((p) => p.id === PDF_PAPER)?.latest;
  if (entry?.date !== PDF_DATE) throw new Error(`the e2e build has no ${PDF_ISSUE}`);
  const read = (file: string): unknown => JSON.parse(readFileSync(join(data, file), "utf8"));
  return joinIssue(restoreIssue(read(entry.file)), (text) => restorePageText(read(text)));
}
