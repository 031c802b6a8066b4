import { createHash } from "node:crypto";
import * as z from "zod/mini";
import { searchDocSchema, type SearchDoc } from "@/bundle/search-schema";

/**
 * The search documents of a build, as the index builder takes them: one source per issue (every
 * document of a source has its date and paper), summed up as a unit (`DocUnit`: how many
 * documents, their bytes, a digest of their digests) kept with the issue in the build's cache, and
 * ways to read each document's digest (`DocInfo`) and the documents themselves, used only for the
 * segments that are named for the first time or written. The segments are cut by date alone, so a
 * source's documents always fall in one segment and the units are enough to cut them; a segment's
 * name is found from its units (`SegmentNames`). So a build whose segments are all kept reads
 * and hashes no document, nor a digest of one: adding a day reads the day and the documents of the
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

/** A source's documents summed up: all of one date and paper. */
export interface DocUnit {
  date: string;
  paper: string;
  /** How many documents. */
  count: number;
  /** Bytes of their JSON, summed. */
  bytes: number;
  /** sha256 of their digests in the index's order (`unitOrder`), hex. */
  digest: string;
}

export interface DocSource {
  unit: DocUnit;
  /** Each document's `DocInfo`, in the source's order. */
  docs: () => Promise<readonly DocInfo[]>;
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

/**
 * The positions of a source's documents in the index's order: by page, then as given (the
 * index orders documents newest first, then by paper, page and the order given: `sortForSearch`).
 */
export function unitOrder(docs: readonly { page: number }[]): number[] {
  return docs.map((_, i) => i).sort((a, b) => docs[a]!.page - docs[b]!.page || a - b);
}

/** The unit of one source's documents (all of one date and paper), from their `DocInfo`. */
export function docUnit(docs: readonly DocInfo[]): DocUnit {
  const first = docs[0];
  if (first === undefined) throw new Error("a search source with no documents has no unit");
  const hash = createHash("sha256");
  let bytes = 0;
  for (const at of unitOrder(docs)) {
    const doc = docs[at]!;
    if (doc.date !== first.date || doc.paper !== first.paper)
      throw new Error(`search source mixes ${first.paper} ${first.date} and ${doc.paper} ${doc.date}`);
    hash.update(doc.digest);
    bytes += doc.bytes;
  }
  return { date: first.date, paper: first.paper, count: docs.length, bytes, digest: hash.digest("hex") };
}

/** Documents at hand, validated: one source per date and paper, in the order met. */
export function docsSources(input: readonly SearchDoc[]): DocSource[] {
  const groups = new Map<string, SearchDoc[]>();
  input.forEach((doc, i) => {
    const valid = validDoc(doc, i);
    const key = `${valid.date}\0${valid.paper}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [valid]);
    else group.push(valid);
  });
  return [...groups.values()].map((docs) => {
    const infos = docs.map(docInfo);
    return { unit: docUnit(infos), docs: () => Promise.resolve(infos), load: () => Promise.resolve(docs) };
  });
}
