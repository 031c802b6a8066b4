import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, type PeopleFilter, type PersonSummary } from "@/bundle/schema";
import { byCodePoint, filterKey, personFilterKeys, piecesFor } from "@/bundle/people-filter-keys";
import { LETTERS, ONE_PAGE_MAX_PEOPLE } from "@/bundle/people-pages";
import { findPeople, MAX_FILTER_PIECES } from "@/app/features/people/api/filter-people";
import { matchesPerson } from "@/app/features/people/api/match-person";
import { peopleFilterQueryOptions, peopleKeysQueryOptions } from "@/app/features/people/api/people-queries";
import { namePinyin } from "./person-pinyin";
import { writeFilterTree } from "./filter-tree";
import { filterPieces, PART_PEOPLE, peopleIndexParts, PIECE_BYTES } from "./people-index-files";

/** `count` made-up names (a surname and one or two given characters), in the index's pinyin order. */
function archivePeople(count: number): PersonSummary[] {
  const surnames = [
    ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳",
  ];
  const given = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅志海鹏飞述毅泽民"];
  const seen = new Set<string>();
  const people: (PersonSummary & { sortKey: string })[] = [];
  for (let i = 0; people.length < count; i++) {
    const name =
      surnames[i % surnames.length]! +
      given[(i * 7) % given.length]! +
      (i % 3 === 0 ? "" : given[(i * 13 + Math.floor(i / 97)) % given.length]!);
    if (seen.has(name)) continue;
    seen.add(name);
    const reading = namePinyin(name);
    const { sortKey, ...rest } = reading;
    people.push({ name, ...rest, latestRole: null, articleCount: 1 + ((i * 31) % 50), sortKey });
  }
  people.sort((a, b) => byCodePoint(a.sortKey, b.sortKey));
  return people.map(({ sortKey: _sortKey, ...p }) => p);
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe("peopleIndexParts", () => {
  it("keeps a newsroom's index on one page: everyone listed, no parts, no filter pieces", () => {
    const people = archivePeople(ONE_PAGE_MAX_PEOPLE);
    const parts = peopleIndexParts(people);
    expect(parts.paged).toBe(false);
    expect(parts.listed).toEqual(people);
    expect(parts.pieces).toEqual([]);
    expect(parts.letters.every((l) => l.parts.length === 0)).toBe(true);
    expect(parts.letters.reduce((n, l) => n + l.count, 0)).toBe(people.length);
  });

  it("cuts an archive's index into letter parts of a bounded size, in pinyin order, losing no one", () => {
    const people = archivePeople(6_000);
    const parts = peopleIndexParts(people);
    expect(parts.paged).toBe(true);
    expect(parts.listed.length).toBeLessThan(100);
    for (const letter of parts.letters) {
      expect(letter.parts.flat()).toEqual(people.filter((p) => p.letter === letter.letter));
      for (const part of letter.parts) expect(part.length).toBeLessThanOrEqual(PART_PEOPLE);
    }
    expect(parts.letters.some((l) => l.parts.length > 1)).toBe(true);
    expect(parts.letters.flatMap((l) => l.parts.flat()).length).toBe(people.length);
  });
});

describe("the people filter's pieces", () => {
  const people = archivePeople(3_000);
  const pieces = filterPieces(people);
  const client = new QueryClient();
  // The pieces' tree of filter files, as the build writes it, in the app's query cache.
  const top = writeFilterTree(
    pieces.map((piece, n) => ({
      key: piece.keys[0]![0],
      from: `${piece.keys[0]![0]}\u0000${piece.people[piece.keys[0]![1]]!.name}`,
      file: `people/keys-${n}.json`,
    })),
    null,
    {
      write: async (level, entries) => {
        const file = `people/filter-${level}-${entries[0]!.file.replace(/\W/gu, "")}.json`;
        const node: PeopleFilter = { type: "folio/people-filter", version: BUNDLE_VERSION, level, entries };
        client.setQueryData(peopleFilterQueryOptions(file).queryKey, node);
        return { file, bytes: 1 };
      },
      keep: () => {},
    },
  ).then((tree) => tree.top);
  pieces.forEach((piece, n) =>
    client.setQueryData(peopleKeysQueryOptions(`people/keys-${n}.json`).queryKey, {
      type: "folio/people-keys" as const,
      version: BUNDLE_VERSION,
      ...piece,
    }),
  );

  it("are bounded in bytes and hold every person's keys in code point order", () => {
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces)
      expect(bytes({ type: "folio/people-keys", version: BUNDLE_VERSION, ...piece })).toBeLessThanOrEqual(PIECE_BYTES);
    const keys = pieces.flatMap((piece) => piece.keys.map(([key]) => key));
    expect(keys.every((key, i) => i === 0 || keys[i - 1]! <= key)).toBe(true);
    const held = pieces.flatMap((piece) => piece.keys.map(([key, i]) => `${key}\u0000${piece.people[i]!.name}`));
    const expected = people.flatMap((p) => personFilterKeys(p).map((key) => `${key}\u0000${p.name}`));
    expect(held.length).toBe(expected.length);
    expect(new Set(held).size).toBe(held.length);
    const heldSet = new Set(held);
    expect(expected.filter((entry) => !heldSet.has(entry))).toEqual([]);
  });

  it("find by name, full pinyin, initials and a first syllable with initials, as a scan of everyone's keys does", async () => {
    // The scan: everyone with a key that begins with the typed text (and whom the filter matches).
    // What the keys cover is `personFilterKeys`' test; this one checks the pieces and their lookup.
    const everyonesKeys = people.map((p) => ({ person: p, keys: personFilterKeys(p) }));
    const scanOf = (query: string) => {
      const key = filterKey(query);
      return everyonesKeys
        .filter(({ person, keys }) => keys.some((k) => k.startsWith(key)) && matchesPerson(person, query))
        .map(({ person }) => person.name);
    };
    const queries = people
      .filter((_, i) => i % 43 === 0)
      .flatMap((p) => {
        const syllables = p.pinyin.split(" ");
        return [
          p.name,
          [...p.name].slice(1).join(""),
          syllables.join(""),
          p.initials,
          syllables[0]! +
            syllables
              .slice(1)
              .map((s) => s[0])
              .join(""),
          syllables.slice(1).join(" "),
        ];
      })
      .filter((q) => q !== "");
    expect(queries.length).toBeGreaterThan(400);
    let complete = 0;
    for (const query of queries) {
      const found = await findPeople(client, await top, query);
      const scan = scanOf(query);
      if (found.complete) {
        complete++;
        expect(found.people.map((p) => p.name).sort(), query).toEqual(scan.sort());
      } else {
        expect(scan, query).toEqual(expect.arrayContaining(found.people.map((p) => p.name)));
      }
    }
    expect(complete).toBeGreaterThan(queries.length * 0.9);
  });

  it("load at most a few pieces for a short text, and say the answer is incomplete", async () => {
    const wanted = piecesFor(
      pieces.map((piece) => piece.keys[0]![0]),
      filterKey("z"),
    );
    expect(wanted.length).toBeGreaterThan(MAX_FILTER_PIECES);
    const found = await findPeople(client, await top, "z");
    expect(found.complete).toBe(false);
    expect(found.people.length).toBeGreaterThan(0);
    expect(found.people.every((p) => matchesPerson(p, "z"))).toBe(true);
  });
});

describe("a day's names", () => {
  // The archive after the day, and before it: two people not yet in it, three with one article less.
  // One of the new people is early in the largest letter, so that cuts by running counts would move every later part of it.
  const after = archivePeople(12_002);
  const largest = LETTERS.map((l) => after.filter((p) => p.letter === l)).sort((a, b) => b.length - a.length)[0]!;
  const added = new Set([largest[3]!.name, after[4_100]!.name]);
  const recounted = new Set([after[150]!.name, after[2_345]!.name, after[5_800]!.name]);
  const before = after
    .filter((p) => !added.has(p.name))
    .map((p) => (recounted.has(p.name) ? { ...p, articleCount: p.articleCount + 1, latestRole: "旧职务" } : p));
  const touched = new Set([...added, ...recounted]);
  /**
   * The files of `now` whose bytes `was` has no file with (the files a build writes), each said by
   * whether it holds one of `named`, or else follows a file written that does (where a cut moved:
   * the run after it ends where it ended before, at the latest).
   */
  const rewritten = <T>(was: T[], now: T[], holds: (file: T) => boolean) => {
    const old = new Set(was.map((file) => JSON.stringify(file)));
    const written = now.flatMap((file, i) => (old.has(JSON.stringify(file)) ? [] : [i]));
    return written.map((i) => ({ file: now[i]!, holds: holds(now[i]!), follows: written.includes(i - 1) }));
  };
  const [partsBefore, partsAfter] = [before, after].map((people) =>
    peopleIndexParts(people).letters.flatMap((l) => l.parts),
  );
  const [piecesBefore, piecesAfter] = [before, after].map((people) => peopleIndexParts(people).pieces);

  it("rewrite the letter parts that list the people named, and no other", () => {
    expect(partsAfter!.length).toBeGreaterThan(12);
    expect(largest.length).toBeGreaterThan(2 * PART_PEOPLE);
    const parts = rewritten(partsBefore!, partsAfter!, (part) => part.some((p) => touched.has(p.name)));
    expect(parts.filter((part) => part.holds).length).toBeGreaterThan(0);
    for (const part of parts) expect(part.holds || part.follows).toBe(true);
    expect(parts.filter((part) => !part.holds).length).toBeLessThanOrEqual(1);
  });

  it("rewrite the filter pieces of the new people's keys only: a new count or title rewrites none", () => {
    expect(piecesAfter!.length).toBeGreaterThan(50);
    const pieces = rewritten(piecesBefore!, piecesAfter!, (piece) => piece.people.some((p) => added.has(p.name)));
    const newKeys = after.filter((p) => added.has(p.name)).flatMap((p) => personFilterKeys(p));
    expect(pieces.filter((piece) => piece.holds).length).toBeGreaterThan(0);
    for (const piece of pieces) expect(piece.holds || piece.follows).toBe(true);
    // A piece that grew may end before its old end; the next one then ends where it did, or the one after.
    const holding = pieces.filter((piece) => piece.holds).length;
    expect(pieces.length - holding).toBeLessThanOrEqual(holding);
    expect(holding).toBeLessThanOrEqual(newKeys.length);
  });
});
