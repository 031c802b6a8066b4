import { describe, expect, it } from "vitest";
import { nameHash, personBucket } from "./person-bucket";

describe("personBucket", () => {
  it("is FNV-1a of the code units", () => {
    // Reference values of 32-bit FNV-1a: "" is the offset basis, "a" a published test vector.
    expect(nameHash("")).toBe(0x811c9dc5);
    expect(nameHash("a")).toBe(0xe40c292c);
  });
  it("stays within the shard count and spreads names", () => {
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 1600; i++) counts[personBucket(`张${String.fromCharCode(0x4e00 + i)}`, 16)]!++;
    for (const n of counts) expect(n).toBeGreaterThan(50);
    expect(counts.reduce((a, b) => a + b)).toBe(1600);
  });
});
