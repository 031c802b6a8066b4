import type { ParsedPage } from "@/bundle/schema";
import type { RawIssue } from "../pfr/group-lines";
import { importIssue, type ImportedIssue } from "../pfr/import-pfr";
import { readPage } from "../read-page";

/**
 * The costly, independent pieces of `folio import` and `folio build`, as messages a worker thread
 * can take: one day of a PFR corpus (people extraction on each article), one page of text (parse,
 * then people). Plain data in and out (structured clone).
 */
export type IngestTask = { kind: "pfr-issue"; raw: RawIssue; sourceName: string } | { kind: "text-page"; text: string };

export interface IngestResults {
  "pfr-issue": ImportedIssue;
  "text-page": ParsedPage;
}

export type IngestResult<T extends IngestTask> = IngestResults[T["kind"]];

export function runTask(task: IngestTask): IngestResults[IngestTask["kind"]] {
  switch (task.kind) {
    case "pfr-issue":
      return importIssue(task.raw, task.sourceName);
    case "text-page":
      return readPage(task.text);
  }
}
