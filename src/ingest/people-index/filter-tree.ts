import { BUNDLE_VERSION } from "@/bundle/schema";
import { stableCuts, type CutRule } from "./stable-cuts";

/**
 * The people filter's list of pieces as a tree of files bounded in bytes (a B-tree cut by content,
 * as prolly trees and Merkle search trees are): the pieces' entries (each piece's first key and
 * file) are cut by `stableCuts` into files of level 1, those files' entries into files of level 2,
 * and so on until one file lists them all: the top, which the people index names. One list of
 * every piece (about 55 bytes a piece) was 394 kB raw, 82 kB gzip at 20 years and grew with the
 * archive; each file here is at most `FILTER_FILE_BYTES` at any size, and a filter use reads one file
 * a level (two levels up to about 40,000 pieces, some 1.2 million people). Cut where the entries
 * fall, a new piece changes the file it is listed in (and, rarely, the next) and the files above:
 * one file a level. A file whose entries the last build wrote as they are is kept without being
 * made again (`kept`); the others are written by content hash, so the same entries give the same
 * name.
 */

/** Raw bytes of one filter file at most, its type and level included: about 290 entries, 3–4 kB gzip. */
export const FILTER_FILE_BYTES = 16_000;
/**
 * Bytes of entries a file holds before an entry may end it, and one entry in `FILTER_EVERY` ends one
 * past that: about 170 entries, 9 kB a file (one in six runs to the bound). At 20 years (7,200
 * pieces) the top lists about 40 files of level 1.
 */
export const FILTER_MIN = 4_000;
export const FILTER_EVERY = 97;

/** What a filter file holds besides its entries (the longest type, version and level it can say). */
const HEAD_BYTES = Buffer.byteLength(
  JSON.stringify({ type: "folio/people-filter", version: BUNDLE_VERSION, level: 99, entries: [] }),
);

/** A piece, or a filter file of the level below, as the file above lists it. */
export interface TreeEntry {
  /** Its place in the filter's order, unique: its first key and that key's person (`key\0name`). */
  from: string;
  /** Its first key: what the file above lists, the app's lookup. */
  key: string;
  file: string;
}

/** A filter file a build wrote: its entry, its bytes, and how many entries it holds. */
export interface KeptNode extends TreeEntry {
  bytes: number;
  count: number;
}

/** The tree the last build wrote: its pieces' entries and its files, level by level (level 1 first). */
export interface FilterTreeRecord {
  pieces: readonly TreeEntry[];
  levels: readonly (readonly KeptNode[])[];
}

export interface FilterTreeIo {
  /** Writes a filter file (content-hashed), giving its name and bytes. */
  write: (level: number, entries: { from: string; file: string }[]) => Promise<{ file: string; bytes: number }>;
  /** Keeps a file of the last build as it is. */
  keep: (node: KeptNode) => void;
}

/** An entry's share of the bound: its bytes in the file, with the comma after it. */
const entryBytes = (entry: TreeEntry): number =>
  Buffer.byteLength(JSON.stringify({ from: entry.key, file: entry.file })) + 1;

const rule: CutRule<TreeEntry> = {
  min: FILTER_MIN,
  max: FILTER_FILE_BYTES - HEAD_BYTES,
  every: FILTER_EVERY,
  size: entryBytes,
  id: (entry) => entry.from,
};

/** The tree over the pieces (in order, at least one): the top file's name and each level's files. */
export async function writeFilterTree(
  pieces: readonly TreeEntry[],
  last: FilterTreeRecord | null,
  io: FilterTreeIo,
): Promise<{ top: string; levels: KeptNode[][] }> {
  const levels: KeptNode[][] = [];
  let entries = pieces;
  for (let level = 1; ; level++) {
    const reuse = reusable(last, level);
    const nodes: KeptNode[] = [];
    for (const run of stableCuts(entries, rule)) {
      const kept = reuse(run);
      if (kept !== undefined) {
        io.keep(kept);
        nodes.push(kept);
        continue;
      }
      const written = await io.write(
        level,
        run.map(({ key, file }) => ({ from: key, file })),
      );
      nodes.push({ ...written, from: run[0]!.from, key: run[0]!.key, count: run.length });
    }
    levels.push(nodes);
    if (nodes.length === 1) return { top: nodes[0]!.file, levels };
    entries = nodes;
  }
}

/** The last build's file of this level with the same entries as `run`, if there is one. */
function reusable(last: FilterTreeRecord | null, level: number): (run: readonly TreeEntry[]) => KeptNode | undefined {
  const nodes = last?.levels[level - 1];
  const below = level === 1 ? last?.pieces : last?.levels[level - 2];
  if (nodes === undefined || below === undefined) return () => undefined;
  const at = new Map<string, { node: KeptNode; offset: number }>();
  let offset = 0;
  for (const node of nodes) {
    at.set(node.from, { node, offset });
    offset += node.count;
  }
  return (run) => {
    const found = at.get(run[0]!.from);
    if (found === undefined || found.node.count !== run.length) return undefined;
    for (const [i, entry] of run.entries()) {
      const was = below[found.offset + i];
      if (was?.from !== entry.from || was.file !== entry.file) return undefined;
    }
    return found.node;
  };
}
