import { describe, expect, it } from "vitest";
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
});
