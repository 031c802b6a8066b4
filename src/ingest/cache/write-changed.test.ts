import type * as FsPromises from "node:fs/promises";
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ChangedWriter } from "./write-changed";
import { changesSince, JOURNAL_CHANGE_PATHS, JOURNAL_CHANGES, keptChanges } from "./output-journal";

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
    const kept = JSON.parse(await readFile(journal, "utf8")) as { trees: string[]; changes: { written: string[] }[] };
    expect(kept.trees).toEqual(["search/aaa", "search/ccc"]);
    expect(kept.changes.at(-1)!.written).toEqual(
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

describe("the changes a journal keeps", () => {
  const change = (id: string, n: number) => ({
    id,
    written: Array.from({ length: n }, (_, i) => `${id}/${i}`),
    removed: [],
  });
  it("keeps the newest changes within the count and the paths allowed; one too large by its id alone", () => {
    const small = Array.from({ length: 10 }, (_, i) => change(`c${i}`, 3));
    expect(keptChanges(small).map((c) => c.id)).toEqual(small.slice(-JOURNAL_CHANGES).map((c) => c.id));
    // A full build's change passes the budget: kept truncated, what came before dropped.
    const kept = keptChanges([change("old", 1), change("full", JOURNAL_CHANGE_PATHS), change("day", 5)]);
    expect(kept.map((c) => [c.id, c.written.length, c.truncated])).toEqual([
      ["full", 0, true],
      ["day", 5, undefined],
    ]);
    // A step that applied the full build (it walked then) takes the day's change; one that had not, walks.
    const journal = { version: 1 as const, root: "/", stamp: null, files: [], trees: [], changes: kept };
    expect(changesSince(journal, "full")?.map((c) => c.id)).toEqual(["day"]);
    expect(changesSince(journal, "old")).toBeNull();
    expect(changesSince({ ...journal, changes: [change("a", 1), ...kept] }, "a")).toBeNull();
  });
});
