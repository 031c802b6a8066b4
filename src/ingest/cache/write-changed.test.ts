import type * as FsPromises from "node:fs/promises";
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ChangedWriter } from "./write-changed";
import { ResultCache } from "./result-cache";
import {
  changesSince,
  fileGroup,
  JOURNAL_CHANGE_PATHS,
  JOURNAL_CHANGES,
  keptChanges,
  readChange,
  readJournal,
} from "./output-journal";

/** Every folder the writer lists, counted through the module it imports its file functions from. */
const listed = vi.hoisted(() => [] as string[]);
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    readdir: ((path: string, ...rest: unknown[]) => {
      listed.push(String(path));
      return (fs.readdir as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readdir,
  };
});

const root = await mkdtemp(join(tmpdir(), "folio-changed-"));
afterAll(() => rm(root, { recursive: true, force: true }));
beforeEach(() => {
  listed.length = 0;
});

/** One build's output: loose files, and folders kept whole (a search segment: many files, named by content). */
interface Output {
  files: Record<string, string>;
  trees: Record<string, number>;
}

/** Builds `output` into `dir` as `folio build` does (a tree first built is written, then kept whole); what was removed. */
async function build(
  dir: string,
  output: Output,
  journal?: string,
): Promise<{ removed: string[]; out: ChangedWriter }> {
  const out = new ChangedWriter(dir);
  if (journal !== undefined) await out.openJournal(journal, "manifest.json");
  for (const [tree, count] of Object.entries(output.trees)) {
    const there = await stat(join(dir, tree, "segment.json")).catch(() => null);
    if (there === null) for (let n = 0; n < count; n++) await out.write(`${tree}/t/${n}.json`, `${tree} ${n}`);
    if (there === null) await out.write(`${tree}/segment.json`, tree);
    out.keepTree(tree);
  }
  for (const [path, text] of Object.entries(output.files)) await out.write(path, text);
  await out.write("manifest.json", JSON.stringify(Object.keys(output.files).concat(Object.keys(output.trees))));
  return { removed: await out.removeStale(), out };
}

async function files(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const fs = await vi.importActual<typeof FsPromises>("node:fs/promises");
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      found.set(relative(dir, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name), "utf8"));
  return found;
}

const first: Output = {
  files: { "issues/a/2001-05-01.json": "1", "issues/a/2001-05-02.json": "2", "people/0.json": "p" },
  trees: { "search/aaa": 40, "search/bbb": 30 },
};
/** A day added, a day gone (its folder left empty), a person file changed, a segment merged away and a new one made. */
const second: Output = {
  files: { "issues/a/2001-05-01.json": "1", "issues/b/2001-05-03.json": "3", "people/0.json": "q" },
  trees: { "search/aaa": 40, "search/ccc": 12 },
};

describe("ChangedWriter with a journal", () => {
  it("removes what the last build made and this one did not without listing the output, as a walk would", async () => {
    const dir = join(root, "journal");
    const journal = join(root, "journal.json");
    const made = await build(dir, first, journal);
    expect(made.out.usedJournal).toBe(false);
    listed.length = 0;

    const { removed, out } = await build(dir, second, journal);
    expect(out.usedJournal).toBe(true);
    expect(removed).toEqual(["issues/a/2001-05-02.json", "search/bbb/"]);
    // Nothing kept was listed: not the root, not a kept segment; only the folders a removal may have left empty.
    expect([...new Set(listed)].sort()).toEqual([join(dir, "issues", "a"), join(dir, "search")]);

    const walked = join(root, "walked");
    await build(walked, first);
    await build(walked, second);
    expect(await files(dir)).toEqual(await files(walked));
    expect([...(await files(dir)).keys()].some((p) => p.startsWith("search/bbb"))).toBe(false);

    // The journal carries this build's changes for the steps that copy the output on.
    const kept = (await readJournal(journal, dir))!;
    expect(kept.trees).toEqual(["search/aaa", "search/ccc"]);
    expect((await readChange(journal, kept.changes.at(-1)!))!.written).toEqual(
      ["issues/b/2001-05-03.json", "manifest.json", "people/0.json", "search/ccc/segment.json"]
        .concat(Array.from({ length: 12 }, (_, n) => `search/ccc/t/${n}.json`).sort())
        .sort(),
    );
  });

  it("walks the output when the journal is not this output's as it is", async () => {
    const dir = join(root, "touched");
    const journal = join(root, "touched.json");
    await build(dir, first, journal);
    // Another build (or a hand) changed the output since: its manifest is not the one the journal knows.
    await writeFile(join(dir, "manifest.json"), "other");
    await utimes(join(dir, "manifest.json"), new Date(), new Date(Date.now() + 5000));
    await writeFile(join(dir, "stray.json"), "left by another build");
    listed.length = 0;
    const { removed, out } = await build(dir, second, journal);
    expect(out.usedJournal).toBe(false);
    expect(listed).toContain(dir);
    expect(removed.filter((p) => !p.startsWith("search/bbb/"))).toEqual(["issues/a/2001-05-02.json", "stray.json"]);
    expect(removed.filter((p) => p.startsWith("search/bbb/"))).toHaveLength(31);
    // A kept tree is not entered, even by the walk.
    expect(listed.some((path) => path.startsWith(join(dir, "search", "aaa")))).toBe(false);
    // The journal written by that build is trusted by the next.
    listed.length = 0;
    expect((await build(dir, second, journal)).out.usedJournal).toBe(true);
    expect(await readdir(dir)).toContain("manifest.json");
  });
});

/** Every file under `dir` with its bytes and mtime (a file rewritten with the same bytes shows too). */
async function stamped(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const fs = await vi.importActual<typeof FsPromises>("node:fs/promises");
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      found.set(relative(dir, path), `${(await fs.stat(path)).mtimeMs} ${await readFile(path, "utf8")}`);
    }
  return found;
}

describe("the journal at archive scale", () => {
  /** An archive of `months` months of days (two files each) and people files, with `extra` days added. */
  const archive = (months: number, extra: Record<string, string> = {}): Output => {
    const files: Record<string, string> = { ...extra };
    for (let m = 1; m <= months; m++)
      for (let d = 1; d <= 28; d++) {
        const date = `2001-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        files[`issues/a/${date}.json`] = date;
        files[`issues/a/${date}/1.json`] = `${date} page 1`;
      }
    for (let n = 0; n < 300; n++) files[`people/shard-${n}.json`] = `shard ${n}`;
    return { files, trees: { "search/aaa": 3 } };
  };

  it("adding a day rewrites only its month's list, its change and the head; the head does not grow with the archive", async () => {
    const dir = join(root, "scale");
    const journal = join(root, "scale.json");
    await build(dir, archive(12), journal);
    const parts = join(root, "journals", "scale");
    const before = await stamped(parts);
    const headBefore = (await stat(journal)).size;
    const day = { "issues/a/2001-06-30.json": "new", "issues/a/2001-06-30/1.json": "new page" };
    const { out } = await build(dir, archive(12, day), journal);
    expect(out.usedJournal).toBe(true);
    const after = await stamped(parts);
    const rewritten = [...after.keys()].filter((path) => before.get(path) !== after.get(path));
    const change = (await readJournal(journal, dir))!.changes.at(-1)!.id;
    expect(rewritten.sort()).toEqual([
      `changes/${change}.json`,
      `files/${fileGroup("issues/a/2001-06-30.json").replaceAll("/", "~")}.json`,
    ]);
    expect(fileGroup("issues/a/2001-06-30/1.json")).toBe("issues/a/2001-06");
    // One more year of archive: the head names twelve more groups, not every file.
    const bigger = join(root, "scale-2y");
    const biggerJournal = join(root, "scale-2y.json");
    await build(bigger, archive(24), biggerJournal);
    expect((await stat(biggerJournal)).size).toBeLessThan(headBefore + 12 * 80);
  });

  it("keeps its parts when the result cache opens another version in the same folder", async () => {
    const cache = join(root, "cache-folder");
    const dir = join(root, "cached-out");
    const journal = join(cache, "journal-x.json");
    await build(dir, archive(2), journal);
    // As `folio build` does before writing: the cache drops other versions' folders, not the journals' parts.
    await ResultCache.open(cache, "a-new-code-version");
    listed.length = 0;
    const day = { "issues/a/2001-02-28.json": "new" };
    const { out } = await build(dir, archive(2, day), journal);
    expect(out.usedJournal).toBe(true);
    expect(listed).not.toContain(dir);
    expect((await readJournal(journal, dir))!.changes).toHaveLength(2);
  });

  it("removes a day's files from its month's list alone, as a walk would", async () => {
    const dir = join(root, "scale-remove");
    const journal = join(root, "scale-remove.json");
    await build(dir, archive(3), journal);
    const gone = archive(3);
    delete gone.files["issues/a/2001-02-14.json"];
    delete gone.files["issues/a/2001-02-14/1.json"];
    const { removed, out } = await build(dir, gone, journal);
    expect(out.usedJournal).toBe(true);
    expect(removed).toEqual(["issues/a/2001-02-14.json", "issues/a/2001-02-14/1.json"]);
    const walked = join(root, "scale-remove-walked");
    await build(walked, archive(3));
    await build(walked, gone);
    expect(await files(dir)).toEqual(await files(walked));
  });

  it("walks once, saying so, after a journal of the older format (one file of every path)", async () => {
    const dir = join(root, "old-format");
    const journal = join(root, "old-format.json");
    await build(dir, first);
    const manifest = await stat(join(dir, "manifest.json"));
    await writeFile(
      journal,
      JSON.stringify({
        version: 1,
        root: dir,
        stamp: { file: "manifest.json", size: manifest.size, mtimeMs: manifest.mtimeMs },
        files: ["issues/a/2001-05-01.json"],
        trees: [],
        changes: [],
      }),
    );
    const said: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((text) => (said.push(String(text)), true));
    const { removed, out } = await build(dir, second, journal).finally(() => spy.mockRestore());
    expect(out.usedJournal).toBe(false);
    // The walk finds what the old journal did not name.
    expect(removed.filter((p) => !p.startsWith("search/bbb/"))).toEqual(["issues/a/2001-05-02.json"]);
    expect(said.join("")).toMatch(/journal .* is of version 1, not 2: the output is walked once/u);
    expect((await build(dir, second, journal)).out.usedJournal).toBe(true);
  });
});

describe("the changes a journal keeps", () => {
  const change = (id: string, paths: number) => ({ id, paths });
  it("keeps the newest changes within the count and the paths allowed; one too large by its id alone", () => {
    const small = Array.from({ length: 10 }, (_, i) => change(`c${i}`, 3));
    expect(keptChanges(small).map((c) => c.id)).toEqual(small.slice(-JOURNAL_CHANGES).map((c) => c.id));
    // A full build's change passes the budget: kept truncated, what came before dropped.
    const kept = keptChanges([change("old", 1), change("full", JOURNAL_CHANGE_PATHS), change("day", 5)]);
    expect(kept.map((c) => [c.id, c.truncated])).toEqual([
      ["full", true],
      ["day", undefined],
    ]);
    // A step that applied the full build (it walked then) takes the day's change; one that had not, walks.
    const journal = { version: 2 as const, root: "/", stamp: null, groups: {}, trees: [], changes: kept };
    expect(changesSince(journal, "full")?.map((c) => c.id)).toEqual(["day"]);
    expect(changesSince(journal, "old")).toBeNull();
    expect(changesSince({ ...journal, changes: [change("a", 1), ...kept] }, "a")).toBeNull();
  });
});
