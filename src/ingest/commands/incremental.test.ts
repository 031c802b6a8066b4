import type * as FsPromises from "node:fs/promises";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../cli";
import { redatedCorpus } from "../pfr/redated-corpus";
import { touched } from "../cache/fs-touches.test-helper";

/** The files the build reads, through the module its file functions come from. */
vi.mock("node:fs/promises", async (importOriginal) =>
  (await import("../cache/fs-touches.test-helper")).touchingFs(await importOriginal<typeof FsPromises>()),
);

/**
 * An incremental import and build give the same files as a full one, and touch nothing else: a
 * corpus of days we make from the PFR sample (re-dated), built, then changed (a day added, one
 * edited, one removed) and built again over the same output and cache, against a build from scratch.
 */
const sample = await readFile(fileURLToPath(new URL("../../../fixtures/pfr/sample.txt", import.meta.url)), "utf8");
const seed = fileURLToPath(new URL("../../../content", import.meta.url));
function corpus(days: readonly number[], edited: ReadonlySet<number> = new Set()): string {
  return redatedCorpus(sample, days, edited);
}

let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-incremental-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs the CLI quietly; its stdout. */
async function folio(args: string[]): Promise<string> {
  const out: string[] = [];
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const std = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
  try {
    expect(await main(args)).toBe(0);
  } finally {
    err.mockRestore();
    std.mockRestore();
  }
  return out.join("");
}

/** Imports the corpus and builds the seed beside it: one site's data, in `site`. */
async function importAndBuild(site: string, text: string): Promise<{ imported: string; built: string }> {
  const file = join(site, "pfr.txt");
  await mkdir(site, { recursive: true });
  await writeFile(file, text);
  const imported = await folio(["import", "pfr", file, "--out", join(site, "content"), ...work(site)]);
  return { imported, built: await build(site) };
}

const work = (site: string) => ["--jobs", "1", "--cache", join(site, "cache")];

/** Builds the site's content (and the seed) into its data folder. */
function build(site: string): Promise<string> {
  return folio([
    "build",
    "--content",
    seed,
    "--content",
    join(site, "content"),
    "--out",
    join(site, "data"),
    ...work(site),
  ]);
}

/** The files `build` reads. */
async function readsOf(site: string): Promise<{ built: string; reads: string[] }> {
  touched.reads.length = 0;
  touched.on = true;
  try {
    return { built: await build(site), reads: [...touched.reads] };
  } finally {
    touched.on = false;
  }
}

/** Every file under `dir`: relative path → bytes and mtime. */
async function tree(dir: string): Promise<Map<string, { bytes: Buffer; mtimeMs: number }>> {
  const files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs });
  }
  return files;
}

function sameBytes(a: Map<string, { bytes: Buffer }>, b: Map<string, { bytes: Buffer }>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [path, file] of a) expect(file.bytes.equals(b.get(path)!.bytes), path).toBe(true);
}

function changedSince(before: Map<string, { mtimeMs: number }>, after: Map<string, { mtimeMs: number }>): string[] {
  return [...after].filter(([path, file]) => before.get(path)?.mtimeMs !== file.mtimeMs).map(([path]) => path);
}

describe("incremental import and build", () => {
  it("gives the bytes of a full build after a day is added, one changed and one removed", async () => {
    const incremental = join(tmp, "incremental");
    await importAndBuild(incremental, corpus([1, 2, 3]));
    const v1 = await tree(join(incremental, "data"));
    const again = await importAndBuild(incremental, corpus([1, 2, 4], new Set([2])));
    expect(again.imported).toMatch(/ 3 issues,/u);
    // The seed and day 1 are unchanged: not read again (the issue cache); day 2 (edited) and day 4 (new) are built.
    expect(again.built).toMatch(/; 2 issues unchanged, 2 built \(/u);
    expect(again.built).toMatch(/0 text pages parsed on 1 threads, 0 from the cache/u);
    // The people index takes the two new issue files (day 2 edited, day 4) and lets day 3's go; no other issue is read.
    expect(again.built).toMatch(/\(people: 2 issues read, \d+ names made again in /u);
    // What is stale was found from the first build's journal, not by walking the output.
    expect(again.built).toMatch(/stale files \d+ ms \(from the journal\)/u);

    const full = join(tmp, "full");
    await importAndBuild(full, corpus([1, 2, 4], new Set([2])));
    const [a, b] = [await tree(join(incremental, "data")), await tree(join(full, "data"))];
    sameBytes(a, b);
    sameBytes(await tree(join(incremental, "content")), await tree(join(full, "content")));
    // Day 1's issue file did not change, so it kept its name and its file; day 3's is gone.
    const day1 = [...v1.keys()].find((p) => p.includes("2001-05-01."))!;
    expect(a.get(day1)?.mtimeMs).toBe(v1.get(day1)!.mtimeMs);
    expect([...a.keys()].some((p) => p.includes("2001-05-03"))).toBe(false);
  }, 120_000);

  it("writes nothing when nothing changed, and a corpus that gained a day rewrites only that day", async () => {
    const site = join(tmp, "again");
    await importAndBuild(site, corpus([1, 2]));
    const [content, data] = [await tree(join(site, "content")), await tree(join(site, "data"))];
    const same = await importAndBuild(site, corpus([1, 2]));
    expect(same.imported).toMatch(/0 files written, 0 removed/u);
    expect(same.built).toMatch(/0 files written, 0 removed; 3 issues unchanged, 0 built/u);
    expect(same.built).toMatch(/\(people: 0 issues read, 0 names made again in /u);
    expect(changedSince(content, await tree(join(site, "content")))).toEqual([]);
    expect(changedSince(data, await tree(join(site, "data")))).toEqual([]);

    const grown = await importAndBuild(site, corpus([1, 2, 3]));
    expect(grown.built).toMatch(/; 3 issues unchanged, 1 built/u);
    expect(grown.built).toMatch(/\(people: 1 issues read, /u);
    const changed = changedSince(content, await tree(join(site, "content")));
    // The new day's files, and paper.json (its note names the corpus's months; the same month here).
    expect(changed.filter((p) => !p.startsWith(join("rmrb", "2001-05-03")))).toEqual([]);
    expect(changed.length).toBeGreaterThan(0);

    // An issue file gone from the output (a hand-cleaned folder) is made again, not taken as built.
    const data2 = await tree(join(site, "data"));
    const day1 = [...data2.keys()].find((p) => p.includes("2001-05-01."))!;
    await rm(join(site, "data", day1));
    const rebuilt = await importAndBuild(site, corpus([1, 2, 3]));
    expect(rebuilt.built).toMatch(/1 files written, 0 removed; 3 issues unchanged, 1 built/u);
    expect((await readFile(join(site, "data", day1))).equals(data2.get(day1)!.bytes)).toBe(true);
  }, 120_000);

  it("reads no unchanged issue's issue.json nor its record in the cache, but the month files of the ledger", async () => {
    const site = join(tmp, "ledger");
    await importAndBuild(site, corpus([1, 2, 3]));
    const content = join(site, "content");
    const isIssueJson = (path: string) => path.startsWith(content) && path.endsWith("issue.json");
    const isRecord = (path: string) => path.startsWith(join(site, "cache")) && /[\\/]issue[\\/]/u.test(path);

    // Files older than the digests' racy window (`RACY_MS`), as a newsroom's are: known by their stat.
    const age = async () => {
      const then = new Date(Date.now() - 60_000);
      for (const entry of await readdir(content, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) await utimes(join(entry.parentPath, entry.name), then, then);
    };
    await age();
    await build(site);
    const same = await readsOf(site);
    expect(same.built).toMatch(/0 files written, 0 removed; 4 issues unchanged, 0 built/u);
    expect(same.reads.filter(isIssueJson)).toEqual([]);
    expect(same.reads.filter(isRecord)).toEqual([]);
    // One month of the corpus, one of the seed: a file each, and none written (nothing changed).
    expect(same.built).toMatch(/ledger: 2 month files read, 0 written\)/u);

    // An issue.json rewritten in place (other bytes, the same metadata) is read again; the output is the same.
    const day2 = join(content, "rmrb", "2001-05-02", "issue.json");
    const data = await tree(join(site, "data"));
    await writeFile(day2, `${JSON.stringify(JSON.parse(await readFile(day2, "utf8")))}\n`);
    const then = new Date(Date.now() - 30_000);
    await utimes(day2, then, then);
    const edited = await readsOf(site);
    expect(new Set(edited.reads.filter(isIssueJson))).toEqual(new Set([day2]));
    expect(edited.built).toMatch(/; 3 issues unchanged, 1 built/u);
    expect(edited.built).toMatch(/ledger: 2 month files read, 1 written\)/u);
    expect(changedSince(data, await tree(join(site, "data")))).toEqual([]);
  }, 120_000);

  it("rewrites no cache file that names an unchanged month's content files when a day is added", async () => {
    const site = join(tmp, "digests");
    await importAndBuild(site, corpus([1, 2]));
    const cache = await tree(join(site, "cache"));
    await importAndBuild(site, corpus([1, 2, 3]));
    // The seed's issues (another month) are unchanged: what is kept of their files (their digests
    // by stat, `file-digests.ts`) is not written again. One file of every content file's digest was.
    const rewritten = changedSince(cache, await tree(join(site, "cache"))).filter((path) =>
      readFileSync(join(site, "cache", path), "utf8").includes(seed),
    );
    expect(rewritten).toEqual([]);
  }, 120_000);
});
