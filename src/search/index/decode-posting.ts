import { PostingEncoding } from "@/bundle/search-schema";
import { ByteReader } from "./varint";

/** A posting list decoded: ascending document ids. */
export function decodePosting(encoding: number, payload: Uint8Array, docCount: number): Uint32Array {
  switch (encoding) {
    case PostingEncoding.LIST:
      return decodeList(payload);
    case PostingEncoding.BITMAP:
      return decodeBitmap(payload, docCount);
    case PostingEncoding.COMPLEMENT:
      return complement(decodeList(payload), docCount);
    default:
      throw new Error(`unknown posting encoding ${encoding}`);
  }
}

function decodeList(payload: Uint8Array): Uint32Array {
  const reader = new ByteReader(payload);
  const ids: number[] = [];
  let prev = -1;
  while (!reader.done) {
    prev += reader.varint() + 1;
    ids.push(prev);
  }
  return Uint32Array.from(ids);
}

function decodeBitmap(payload: Uint8Array, docCount: number): Uint32Array {
  let n = 0;
  for (const b of payload) n += popcount(b);
  const ids = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < payload.length; i++) {
    let b = payload[i]!;
    while (b !== 0) {
      const bit = 31 - Math.clz32(b & -b);
      const id = i * 8 + bit;
      if (id < docCount) ids[k++] = id;
      b &= b - 1;
    }
  }
  return k === n ? ids : ids.subarray(0, k);
}

function complement(absent: Uint32Array, docCount: number): Uint32Array {
  const ids = new Uint32Array(docCount - absent.length);
  let k = 0;
  let j = 0;
  for (let id = 0; id < docCount; id++) {
    if (j < absent.length && absent[j] === id) j++;
    else ids[k++] = id;
  }
  return ids;
}

function popcount(b: number): number {
  b = b - ((b >> 1) & 0x55);
  b = (b & 0x33) + ((b >> 2) & 0x33);
  return (b + (b >> 4)) & 0x0f;
}
