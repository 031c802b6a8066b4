import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPagedByLetter } from "@/bundle/people-pages";
import { readContentDirs } from "./content/read-content";
import { PeopleStore } from "./people-index/people-store";
import { FILTER_FILE_BYTES } from "./people-index/filter-tree";
import { PIECE_BYTES } from "./people-index/people-index-files";
import { importPfr } from "./pfr/import-pfr";
import { writeContent } from "./pfr/write-content";
import { writeBundle, type BuildReport } from "./write-bundle";

/**
 * A paged people index (thousands of people, letters of several parts, dozens of filter pieces)
 * built, then changed (a day added, one edited, one removed) and built again with the people store,
 * equals a build from scratch byte for byte, though the second build cut only around the changed
 * people. The days are made-up PFR text (`day`).
 */
const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅志海鹏飞述毅泽民"];
const name = (k: number): string[] => {
  const g = Math.floor(k / SURNAMES.length);
  return [
    SURNAMES[k % SURNAMES.length]!,
    GIVEN[g % GIVEN.length]! + GIVEN[Math.floor(g / GIVEN.length) % GIVEN.length]!,
  ];
};

/**
 * One day of PFR text, articles of 30 names each. Days 1, 2 and 4 name 1,000 people of their own;
 * day 3 names 300 of day 1's and 4 of its own, day 5 300 of day 4's and 4 of its own; every day names
 * the same 40; day 2 edited names 3 new people in place of 3 of its own.
 */
function day(d: number, edited = false): string {
  const own = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);
  const ids = own(0, 40).concat(
    d === 3
      ? [...own(1_040, 300), ...own(50_000, 4)]
      : d === 5
        ? [...own(4_040, 300), ...own(51_000, 4)]
        : own(40 + d * 1_000, 1_000),
  );
  if (edited) ids.splice(100, 3, ...own(52_000, 3));
  const lines: string[] = [];
  for (let a = 0; a * 30 < ids.length; a++) {
    const at = `200105${String(d).padStart(2, "0")}-01-${String(a + 1).padStart(3, "0")}`;
    const names = ids.slice(a * 30, a * 30 + 30).map((k) =>
      name(k)
        .map((t) => `${t}/nr`)
        .join("  "),
    );
    lines.push(`${at}-001/m  会议/n  举行/v  `, `${at}-002/m  ${names.join("  、/w  ")}  出席/v  。/w  `);
  }
  return lines.join("\n");
}

let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-people-incremental-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function build(days: string[], content: string, out: string, store?: PeopleStore): Promise<BuildReport> {
  await writeContent(importPfr(days.join("\n\n"), "days.txt"), { outDir: content });
  return writeBundle(await readContentDirs([content]), {
    outDir: out,
    ...(store === undefined ? {} : { peopleStore: store }),
  });
}

/** Every file under `dir`: relative path → bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile())
      files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  return files;
}

describe("the people index built again after days changed", () => {
  it("equals a build from scratch, byte for byte, cutting again only around the changed people", async () => {
    const store = () => PeopleStore.open(join(tmp, "cache"), join(tmp, "incremental"));
    const first = await build(
      [1, 2, 3, 4].map((d) => day(d)),
      join(tmp, "content-1"),
      join(tmp, "incremental"),
      store(),
    );
    expect(first.people?.indexRead).toBeNull();
    const before = await tree(join(tmp, "incremental"));
    const people = (f: Map<string, Buffer>) =>
      [...f.keys()].filter((p) => /^people\/(letter|keys)-/u.test(p) || p.startsWith("people/keys."));
    // A paged index of several parts a letter, and dozens of pieces.
    expect(isPagedByLetter(4_000)).toBe(true);
    expect(people(before).length).toBeGreaterThan(60);

    // Day 5 added, day 2 edited (60 people out, 60 new), day 3 removed.
    const changed = [day(1), day(2, true), day(4), day(5)];
    const again = await build(changed, join(tmp, "content-2"), join(tmp, "incremental"), store());
    const full = await build(changed, join(tmp, "content-2"), join(tmp, "full"));
    const [a, b] = [await tree(join(tmp, "incremental")), await tree(join(tmp, "full"))];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);

    // The record served: the parts and pieces around the changes were read, not all of them.
    expect(again.people?.reset).toBe(false);
    expect(again.people?.indexRead).toBeGreaterThan(0);
    expect(again.people!.indexRead!).toBeLessThan(people(before).length);
    // Filter pieces change only with people new or gone (14 of them): most were kept as they were.
    const pieces = (f: Map<string, Buffer>) => [...f.keys()].filter((p) => p.startsWith("people/keys."));
    const keptPieces = pieces(a).filter((p) => before.has(p));
    expect(keptPieces.length).toBeGreaterThan(pieces(a).length / 2);
    expect(full.people).toBeUndefined();

    // Every file of the filter within its bound: the tree's files and the pieces.
    for (const [path, bytes] of a) {
      if (path.startsWith("people/filter.")) expect(bytes.length, path).toBeLessThanOrEqual(FILTER_FILE_BYTES);
      if (path.startsWith("people/keys.")) expect(bytes.length, path).toBeLessThanOrEqual(PIECE_BYTES);
    }
    expect([...a.keys()].filter((p) => p.startsWith("people/filter."))).toHaveLength(1);

    // Nothing changed: no part or piece read, no people file written.
    const same = await build(changed, join(tmp, "content-2"), join(tmp, "incremental"), store());
    expect(same.people).toMatchObject({ indexRead: 0, filesWritten: 0 });
  }, 240_000);
});
