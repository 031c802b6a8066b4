import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { piecesFor } from "@/bundle/people-filter-keys";
import { restorePeopleFilter } from "@/bundle/restore";
import { BUNDLE_VERSION, peopleFilterSchema } from "@/bundle/schema";
import { piecesOf } from "@/app/features/people/api/filter-people";
import { peopleFilterQueryOptions } from "@/app/features/people/api/people-queries";
import { nameHash } from "@/bundle/person-bucket";
import {
  FILTER_FILE_BYTES,
  writeFilterTree,
  type FilterTreeRecord,
  type KeptNode,
  type TreeEntry,
} from "./filter-tree";

/**
 * `count` made-up pieces in the filter's order: first keys of pinyin letters, characters and runs of
 * one key over several pieces (a common key's people across a cut), each with its unique place.
 */
function pieceEntries(count: number, seed = 1): TreeEntry[] {
  const syllables = ["a", "ba", "chen", "de", "li", "liu", "wang", "xi", "zhang", "zhao", "zhu", "王", "李", "张"];
  const entries: TreeEntry[] = [];
  for (let i = 0; entries.length < count; i++) {
    const h = nameHash(`${seed}:${i}`);
    const key = syllables[h % syllables.length]! + syllables[(h >>> 8) % syllables.length]!.slice(0, 1 + (h % 3));
    entries.push({ key, from: `${key}\u0000${i}`, file: `people/keys.${h.toString(16).padStart(12, "0")}.json` });
  }
  return entries.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The tree written into a map of files (as the build writes them: validated, content-named). */
async function build(pieces: readonly TreeEntry[], last: FilterTreeRecord | null = null) {
  const files = new Map<string, string>();
  const written: string[] = [];
  const kept: KeptNode[] = [];
  const tree = await writeFilterTree(pieces, last, {
    write: async (level, entries) => {
      const json = JSON.stringify(
        peopleFilterSchema.parse({ type: "folio/people-filter", version: BUNDLE_VERSION, level, entries }),
      );
      const file = `people/filter.${nameHash(json).toString(16).padStart(12, "0")}.json`;
      files.set(file, json);
      written.push(file);
      return { file, bytes: Buffer.byteLength(json) };
    },
    keep: (node) => kept.push(node),
  });
  return { ...tree, files, written, kept };
}

describe("the filter's tree of files", () => {
  // About 20 years of an archive's pieces (7,200 at 226,300 people), and more: three levels.
  const pieces = pieceEntries(60_000);

  it("keeps every file within FILTER_FILE_BYTES, lists every piece once in order, and reads as the schema says", async () => {
    const tree = await build(pieces);
    expect(tree.levels.length).toBeGreaterThanOrEqual(3);
    expect(tree.levels.at(-1)).toHaveLength(1);
    for (const json of tree.files.values()) {
      expect(Buffer.byteLength(json)).toBeLessThanOrEqual(FILTER_FILE_BYTES);
      restorePeopleFilter(JSON.parse(json));
    }
    // Level by level, the files' entries are the level below, in order.
    let below: readonly TreeEntry[] = pieces;
    for (const [n, level] of tree.levels.entries()) {
      const listed = level.flatMap((node) => restorePeopleFilter(JSON.parse(tree.files.get(node.file)!)).entries);
      expect(listed).toEqual(below.map(({ key, file }) => ({ from: key, file })));
      for (const node of level) expect(restorePeopleFilter(JSON.parse(tree.files.get(node.file)!)).level).toBe(n + 1);
      below = level;
    }
  });

  it("gives the app the same pieces for a typed text as one list of every piece would, reading one file a level", async () => {
    const tree = await build(pieces);
    const client = new QueryClient();
    const read: string[] = [];
    for (const [file, json] of tree.files)
      client.setQueryData(peopleFilterQueryOptions(file).queryKey, restorePeopleFilter(JSON.parse(json)));
    const fetchQuery = client.ensureQueryData.bind(client);
    client.ensureQueryData = ((options: { queryKey: readonly unknown[] }) => {
      read.push(String(options.queryKey.at(-1)));
      return fetchQuery(options as never);
    }) as typeof client.ensureQueryData;
    const froms = pieces.map((p) => p.key);
    const texts = [
      ...new Set(pieces.filter((_, i) => i % 97 === 0).flatMap((p) => [p.key, p.key.slice(0, 1), p.key.slice(0, 2)])),
    ];
    texts.push("", "0", "zzzz", "王王王", "wangz");
    let multi = 0;
    for (const key of texts) {
      for (const limit of [1, 3, 1_000]) {
        read.length = 0;
        const wanted = piecesFor(froms, key);
        const found = await piecesOf(client, tree.top, key, limit);
        expect(found.pieces, `${key} (${limit})`).toEqual(wanted.slice(0, limit).map((i) => pieces[i]!.file));
        expect(found.more, `${key} (${limit})`).toBe(wanted.length > limit);
        if (limit === 3 && key !== "") {
          // The top, then at each level below only files holding the first three pieces (at most one more than needed).
          expect(read.length).toBeLessThanOrEqual(1 + (tree.levels.length - 1) * 3);
          if (wanted.length > 1) multi++;
        }
      }
    }
    expect(multi).toBeGreaterThan(20);
  });

  it("after pieces added, changed and gone, equals a tree made from scratch, writing only a few files a level", async () => {
    const before = await build(pieces);
    const after = [...pieces];
    // A new piece (inserted in order), a piece rewritten (its file changed), a piece gone.
    after.splice(10_000, 0, {
      key: after[10_000]!.key,
      from: `${after[10_000]!.from}+`,
      file: "people/keys.aaaaaaaaaaaa.json",
    });
    after[30_000] = { ...after[30_000]!, file: "people/keys.bbbbbbbbbbbb.json" };
    after.splice(50_000, 1);
    const scratch = await build(after);
    const again = await build(after, { pieces, levels: before.levels });
    expect(again.top).toBe(scratch.top);
    expect(again.levels).toEqual(scratch.levels);
    for (const file of again.written) expect(again.files.get(file)).toBe(scratch.files.get(file));
    // Three changes: their file at each level and, rarely, the next (cuts moved), the top once.
    expect(again.written.length).toBeGreaterThanOrEqual(4);
    expect(again.written.length).toBeLessThanOrEqual(3 * 2 * (scratch.levels.length - 1) + 1);
    expect(again.kept.length + again.written.length).toBe(scratch.levels.flat().length);
    // Nothing changed: every file kept, none written.
    const same = await build(after, { pieces: after, levels: again.levels });
    expect(same.written).toEqual([]);
    expect(same.top).toBe(scratch.top);
  });

  it("is one file for a few pieces", async () => {
    const tree = await build(pieceEntries(3));
    expect(tree.levels).toHaveLength(1);
    expect(restorePeopleFilter(JSON.parse(tree.files.get(tree.top)!)).entries).toHaveLength(3);
  });
});
