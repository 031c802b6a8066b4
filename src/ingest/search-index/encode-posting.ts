import { PostingEncoding } from "@/bundle/search-schema";
import { ByteReader } from "@/search/index/varint";
import { ByteWriter, type PostingAccumulator } from "./posting-accumulator";

export interface EncodingChoices {
  /** Dense terms as bitmaps (one bit per document) when that is smaller than the gap list. */
  bitmaps: boolean;
  /** Terms in most documents as the list of documents without them, when that is smaller. */
  complements: boolean;
}

export const DEFAULT_ENCODING_CHOICES: EncodingChoices = { bitmaps: true, complements: true };

export interface EncodedPosting {
  encoding: PostingEncoding;
  payload: Uint8Array;
}

/**
 * The smallest encoding of a posting list. A gap list costs at least a byte per document, a bitmap
 * an eighth of a byte per document of the corpus: the bitmap wins once a term is in more than
 * about one document in eight. Past one in two, listing the documents without it wins again.
 */
export function encodePosting(
  acc: PostingAccumulator,
  docCount: number,
  choices = DEFAULT_ENCODING_CHOICES,
): EncodedPosting {
  const list = acc.list();
  let best: EncodedPosting = { encoding: PostingEncoding.LIST, payload: list };
  const bitmapBytes = Math.ceil(docCount / 8);
  if (choices.complements && acc.df * 2 > docCount) {
    const absent = complementList(list, docCount);
    if (absent.length < best.payload.length && absent.length < bitmapBytes)
      best = { encoding: PostingEncoding.COMPLEMENT, payload: absent };
  }
  if (choices.bitmaps && bitmapBytes < best.payload.length)
    best = { encoding: PostingEncoding.BITMAP, payload: bitmap(list, docCount) };
  return best;
}

function* ids(list: Uint8Array): Generator<number> {
  const reader = new ByteReader(list);
  let prev = -1;
  while (!reader.done) {
    prev += reader.varint() + 1;
    yield prev;
  }
}

function bitmap(list: Uint8Array, docCount: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(docCount / 8));
  for (const id of ids(list)) bits[id >> 3]! |= 1 << (id & 7);
  return bits;
}

function complementList(list: Uint8Array, docCount: number): Uint8Array {
  const out = new ByteWriter();
  let prevAbsent = -1;
  let next = 0;
  const emitUpTo = (end: number): void => {
    for (; next < end; next++) {
      out.varint(next - prevAbsent - 1);
      prevAbsent = next;
    }
  };
  for (const id of ids(list)) {
    emitUpTo(id);
    next = id + 1;
  }
  emitUpTo(docCount);
  return out.result();
}
