import type { SearchDoc } from "@/bundle/search-schema";

/**
 * How the search index is cut into segments: by date alone, so that the segments (and so every
 * file) are a function of the content, never of the order in which issues were added. A full
 * build and an incremental one of the same archive give the same folders, byte for byte.
 *
 * Days are counted from an epoch far in the past and grouped into aligned blocks of a power of two
 * days, like the digits of a binary counter whose value is the latest issue's day:
 * - the *recent* segment holds the days of the latest aligned window of `minBlockDays` (it is
 *   the only one rewritten by a day's issue, as long as the window has not closed);
 * - the days before it are split by the binary digits of the window's start: one segment per set
 *   bit k ≥ log2(minBlockDays), of 2^k days, largest (oldest) first.
 * When the window closes, the counter carries: the window becomes a block, and equal-sized
 * neighbours merge into one of twice the size (Lucene's tiered merge with a merge factor of 2, at
 * boundaries fixed in time). Empty blocks make no segment. So an archive spanning S days has at most
 * log2(S / minBlockDays) + 2 segments (13 for twenty years with 4-day windows). A document is
 * rewritten up to minBlockDays − 1 times while recent, then by the carries: a carry makes one block
 * of 2^t windows (t the trailing ones of the counter), which averages log2(S / minBlockDays) / 2
 * windows per window closed. So a day added writes on average about
 * (minBlockDays + 1) / 2 + log2(S / minBlockDays) / 2 days of articles (~8 at twenty years).
 * An issue changed or removed changes its segment's content, so that segment is rebuilt; the others
 * keep their folders (a removed latest issue may move the window back: blocks split again).
 */

/**
 * Days in the recent window. Smaller: less rewritten by a day's issue, but more segments for a
 * query to visit (each costs a posting shard per gram). Measured with `npm run bench:segments` on
 * the PFR month: an 8-day window wrote 1,379 files per day added on average (the window's week of
 * articles dominates), one folder 7,649. 4 days halves the window's share and costs one segment
 * more at most; 1 would add two more levels of small segments to every query.
 */
export const MIN_BLOCK_DAYS = 4;
/** A window so wide that every document falls into one segment: the single index. */
export const SINGLE_SEGMENT = 2 ** 30;
/** 2^21 days (~5,700 years) before 1970: every real date counts up from here as a non-negative day. */
const EPOCH_OFFSET = 2 ** 21;
const DAY_MS = 86_400_000;
/** Highest block level looked at: blocks of 2^30 days span any date range. */
const TOP_LEVEL = 30;

export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS) + EPOCH_OFFSET;
}

/**
 * The blocks of an archive whose latest day is `latest`, oldest first, as [first day, size in
 * days]: the powers of two of the recent window's start, then the window (up to `latest`).
 */
export function segmentBlocks(latest: number, minBlockDays: number): [number, number][] {
  const level = Math.min(TOP_LEVEL, Math.max(0, Math.floor(Math.log2(minBlockDays))));
  const windowStart = level >= TOP_LEVEL ? 0 : Math.floor(latest / 2 ** level) * 2 ** level;
  const blocks: [number, number][] = [];
  let start = 0;
  for (let k = TOP_LEVEL - 1; k >= level; k--) {
    const size = 2 ** k;
    if (Math.floor(windowStart / size) % 2 === 0) continue;
    blocks.push([start, size]);
    start += size;
  }
  blocks.push([windowStart, latest - windowStart + 1]);
  return blocks;
}

/** The block a day (at most `latest`) falls in. */
export function blockOf(day: number, latest: number, minBlockDays: number): [number, number] {
  const found = segmentBlocks(latest, minBlockDays).find(([start, size]) => day >= start && day < start + size);
  if (found === undefined) throw new Error(`day ${day} is after the latest day ${latest}`);
  return found;
}

/**
 * Bytes of documents (their JSON, as the index stores them) a segment made by a merge may hold:
 * the most a day's carry may rewrite. Without it the carry on a power-of-two day rewrites a block of
 * 2^t windows: years of articles at twenty years (a block of 2^11 days is 5.6 years). With it, a
 * block above this many bytes stays cut in its two aligned halves (each again, while too big), which
 * are exactly the blocks it was made of, so nothing is rewritten for it. Cost: an archive of B bytes
 * has up to about 2B / this many more segments (a query fetches a posting shard per gram from each).
 * The People's Daily has ~100 articles a day, ~0.3 MB of documents: 32 MiB is ~3.5 months of it,
 * so twenty years (~2.2 GB) is ~70–140 capped segments, and a day's carry rewrites at most ~3.5
 * months of articles (measured: `npm run bench:segments`), the recent window aside.
 */
export const MAX_MERGE_BYTES = 32 * 1024 * 1024;

const measured = new WeakMap<SearchDoc, number>();

/** A document's bytes as the merge cap counts them: its JSON (measured once per document object). */
export function docBytes(doc: SearchDoc): number {
  let bytes = measured.get(doc);
  if (bytes === undefined) {
    bytes = Buffer.byteLength(JSON.stringify(doc));
    measured.set(doc, bytes);
  }
  return bytes;
}

/**
 * Documents in newest-first order (`sortForSearch`) cut into segments, newest first; each
 * segment's documents keep their order, so the segments concatenated are the input. A block
 * holding more than `maxMergeBytes` of documents is cut into its aligned halves, recursively, down
 * to the window's size (see `MAX_MERGE_BYTES`): still a function of the content alone.
 */
export function cutSegments<D extends { date: string } = SearchDoc>(
  docs: readonly D[],
  minBlockDays = MIN_BLOCK_DAYS,
  maxMergeBytes = MAX_MERGE_BYTES,
  bytesOf: (doc: D) => number = docBytes as unknown as (doc: D) => number,
): D[][] {
  if (docs.length === 0) return [];
  const blocks = segmentBlocks(dayNumber(docs[0]!.date), minBlockDays);
  const cut: { start: number; size: number; docs: D[] }[] = [];
  let block = blocks.length;
  let previous = docs[0]!.date;
  for (const doc of docs) {
    if (doc.date > previous) throw new Error(`documents are not in newest-first order (${doc.date} after ${previous})`);
    previous = doc.date;
    const day = dayNumber(doc.date);
    if (block < blocks.length && day >= blocks[block]![0]) {
      cut.at(-1)!.docs.push(doc);
      continue;
    }
    while (block > 0 && day < blocks[block - 1]![0]) block--;
    block--;
    const [start, size] = blocks[block]!;
    cut.push({ start, size, docs: [doc] });
  }
  if (!Number.isFinite(maxMergeBytes)) return cut.map((c) => c.docs);
  const windowDays = 2 ** Math.floor(Math.log2(Math.max(1, minBlockDays)));
  const halves = (start: number, size: number, part: D[]): D[][] => {
    // A block's documents, cut in its aligned halves (newer first) while over the cap and wider than a window.
    if (size <= windowDays || !over(part)) return [part];
    const middle = start + size / 2;
    const newer = part.findIndex((doc) => dayNumber(doc.date) < middle);
    const split = newer === -1 ? part.length : newer;
    return [
      ...(split === 0 ? [] : halves(middle, size / 2, part.slice(0, split))),
      ...(split === part.length ? [] : halves(start, size / 2, part.slice(split))),
    ];
  };
  const over = (part: readonly D[]): boolean => {
    let bytes = 0;
    for (const doc of part) {
      bytes += bytesOf(doc);
      if (bytes > maxMergeBytes) return true;
    }
    return false;
  };
  return cut.flatMap((c) => halves(c.start, c.size, c.docs));
}
