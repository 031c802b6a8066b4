import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random";
import { EntryTrie } from "./entry-trie";

/** The node a string reaches from the root, or -1. */
function walk(trie: EntryTrie, text: string): number {
  let node = 0;
  for (let u = 0; u < text.length && node >= 0; u++) node = trie.child(node, text.charCodeAt(u));
  return node;
}

describe("EntryTrie", () => {
  it("knows its entries and their beginnings, and nothing else", () => {
    const trie = new EntryTrie(["北京", "北京市", "欧阳明华"], 8);
    expect(trie.isEntry(walk(trie, "北京"))).toBe(true);
    expect(trie.isEntry(walk(trie, "北京市"))).toBe(true);
    expect(walk(trie, "欧阳")).toBeGreaterThan(0);
    expect(trie.isEntry(walk(trie, "欧阳"))).toBe(false);
    expect(walk(trie, "北海")).toBe(-1);
    expect(walk(trie, "京")).toBe(-1);
  });

  it("leaves out entries longer than its limit", () => {
    const trie = new EntryTrie(["中华人民共和国国务院", "国务院"], 8);
    expect(walk(trie, "中")).toBe(-1);
    expect(trie.isEntry(walk(trie, "国务院"))).toBe(true);
  });

  it("keeps every edge as its table grows (thousands of entries, surrogate pairs among them)", () => {
    const entries = Array.from(
      { length: 3000 },
      (_, k) => `${String.fromCodePoint(0x4e00 + (k % 97), 0x20000 + k)}${k}`,
    );
    const trie = new EntryTrie(entries, 8);
    for (const entry of entries) expect(trie.isEntry(walk(trie, entry))).toBe(true);
    expect(walk(trie, `${String.fromCodePoint(0x4e00, 0x20001)}`)).toBe(-1);
  });
  it("answers as the plain sets of entries and their beginnings do, for every beginning of random strings", () => {
    const random = mulberry32(5);
    // few distinct units, so that entries share beginnings; a lone surrogate half among them
    const units = ["王", "李", "北", "京", "市", "\ud840", "\udc00", "a"];
    const randomString = (max: number) =>
      Array.from({ length: 1 + Math.floor(random() * max) }, () => units[Math.floor(random() * units.length)]).join("");
    const entries = Array.from({ length: 4000 }, () => randomString(10));
    const trie = new EntryTrie(entries, 8);
    const kept = entries.filter((e) => e.length <= 8);
    const listed = new Set(kept);
    const beginnings = new Set(kept.flatMap((e) => Array.from({ length: e.length }, (_, k) => e.slice(0, k + 1))));
    const wrong: string[] = [];
    for (let round = 0; round < 20000; round++) {
      const text = randomString(10);
      let node = 0;
      for (let u = 0; u < text.length; u++) {
        node = trie.child(node, text.charCodeAt(u));
        const prefix = text.slice(0, u + 1);
        if (node >= 0 !== beginnings.has(prefix) || (node >= 0 && trie.isEntry(node) !== listed.has(prefix)))
          wrong.push(prefix);
        if (node < 0) break;
      }
    }
    expect(wrong).toEqual([]);
  });
});
