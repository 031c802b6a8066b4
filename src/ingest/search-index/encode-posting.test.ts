import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PostingEncoding } from "@/bundle/search-schema";
import { decodePosting } from "@/search/index/decode-posting";
import { encodePosting } from "./encode-posting";
import { PostingAccumulator } from "./posting-accumulator";

function accumulate(ids: readonly number[]): PostingAccumulator {
  const acc = new PostingAccumulator();
  for (const id of ids) acc.add(id);
  return acc;
}

describe("encodePosting", () => {
  it("round-trips through the decoder whatever encoding it picks", () => {
    const docCount = 3000;
    const sets = fc
      .uniqueArray(fc.integer({ min: 0, max: docCount - 1 }), { maxLength: docCount })
      .map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(sets, (ids) => {
        const { encoding, payload } = encodePosting(accumulate(ids), docCount);
        expect([...decodePosting(encoding, payload, docCount)]).toEqual(ids);
      }),
      { numRuns: 200 },
    );
  });

  it("picks a list for rare terms, a bitmap for dense ones, the complement for near-universal ones", () => {
    const docCount = 1000;
    const every = (step: number): number[] => Array.from({ length: Math.ceil(docCount / step) }, (_, i) => i * step);
    expect(encodePosting(accumulate(every(50)), docCount).encoding).toBe(PostingEncoding.LIST);
    expect(encodePosting(accumulate(every(3)), docCount).encoding).toBe(PostingEncoding.BITMAP);
    const almostAll = Array.from({ length: docCount }, (_, i) => i).filter((i) => i % 100 !== 7);
    expect(encodePosting(accumulate(almostAll), docCount).encoding).toBe(PostingEncoding.COMPLEMENT);
  });

  it("can be told not to use bitmaps or complements", () => {
    const all = Array.from({ length: 500 }, (_, i) => i);
    expect(encodePosting(accumulate(all), 500, { bitmaps: false, complements: false }).encoding).toBe(
      PostingEncoding.LIST,
    );
  });

  it("ignores repeated ids", () => {
    const acc = accumulate([1, 1, 2, 2, 2, 9]);
    expect(acc.df).toBe(3);
    expect([...decodePosting(PostingEncoding.LIST, acc.list(), 10)]).toEqual([1, 2, 9]);
  });
});
