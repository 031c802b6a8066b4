import { createHash } from "node:crypto";
import * as z from "zod/mini";
import { searchDocSchema, type SearchDoc } from "@/bundle/search-schema";

/**
 * The search documents of a build, as the index builder takes them: for each issue, what the
 * segments are cut and named by (a document's date, paper, page, the bytes of its JSON and a
 * digest of it), kept with the issue in the build's cache, and a way to read the documents
 * themselves, used only for the segments that are written. So a build whose segments are all
 * kept reads and hashes no document: adding a day reads the day and the documents of the
 * segments it rewrites, not the archive.
 */
export interface DocInfo {
  date: string;
  paper: string;
  page: number;
  /** Bytes of the document's JSON (what the merge cap counts). */
  bytes: number;
  /** sha256 of the document's JSON, hex: segments are named by their documents' digests. */
  digest: string;
}

export interface DocSource {
  docs: readonly DocInfo[];
  /** The documents `docs` describe, in the same order (validated here when read). */
  load: () => Promise<readonly SearchDoc[]>;
}

/** A document checked against its schema (what the index stores), or an error naming it. */
export function validDoc(doc: SearchDoc, i: number | string): SearchDoc {
  const parsed = searchDocSchema.safeParse(doc);
  if (!parsed.success)
    throw new Error(`search document ${i} (${doc.key}) is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** What a valid document is cut and named by. */
export function docInfo(doc: SearchDoc): DocInfo {
  const json = JSON.stringify(doc);
  return {
    date: doc.date,
    paper: doc.paper,
    page: doc.page,
    bytes: Buffer.byteLength(json),
    digest: createHash("sha256").update(json).digest("hex"),
  };
}

/** Documents at hand, validated: one source. */
export function docsSource(input: readonly SearchDoc[]): DocSource {
  const docs = input.map(validDoc);
  return { docs: docs.map(docInfo), load: () => Promise.resolve(docs) };
}
