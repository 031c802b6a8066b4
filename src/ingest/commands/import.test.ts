import { currentManifestFile } from "../bundle-pointer";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../cli";

/** `folio import pfr` and `folio build --content … --content …` through the CLI's entry point. */
const fixture = fileURLToPath(new URL("../../../fixtures/pfr/sample.txt", import.meta.url));
const seed = fileURLToPath(new URL("../../../content", import.meta.url));
let tmp = "";

function capture() {
  const err: string[] = [];
  const out: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => err.push(String(chunk)) > 0);
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
  return { err, out };
}

/** One thread (no worker start-up in a unit test) and a cache of the test's own. */
const work = () => ["--jobs", "1", "--cache", join(tmp, "cache")];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-import-"));
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("folio import pfr", () => {
  it("writes a paper folder, with progress and file:line warnings on stderr and a summary on stdout", async () => {
    const { err, out } = capture();
    expect(await main(["import", "pfr", fixture, "--out", join(tmp, "archive"), ...work()])).toBe(0);
    expect(await readdir(join(tmp, "archive", "rmrb"))).toEqual(["2001-05-01", "2001-05-02", "paper.json"]);
    expect(await readdir(join(tmp, "archive", "rmrb", "2001-05-01"))).toEqual([
      "issue.json",
      "page-01.json",
      "page-03.json",
    ]);
    expect(err.join("")).toContain(`warning: ${fixture}:18: bad id "2001052-01-001-004/m"`);
    expect(err.join("")).toContain("wrote issues 2/2");
    expect(out.join("")).toMatch(
      /imported 2 issues, 4 pages, 7 articles, 20 paragraphs .*1 warnings, 1 lines skipped, 1 page numbers absent/u,
    );
  });

  it("replaces the paper folder on a second import, leaving nothing of the first", async () => {
    capture();
    const stale = join(tmp, "archive", "rmrb", "2001-05-01", "page-09.json");
    await writeFile(stale, "{}");
    expect(await main(["import", "pfr", fixture, "--out", join(tmp, "archive"), ...work()])).toBe(0);
    expect(await readdir(join(tmp, "archive", "rmrb", "2001-05-01"))).not.toContain("page-09.json");
  });

  it("reads a corpus that gained a day with the people model on that day alone, in this thread", async () => {
    const cacheDir = join(tmp, "cache-gained");
    capture();
    expect(
      await main(["import", "pfr", fixture, "--out", join(tmp, "gained"), "--jobs", "1", "--cache", cacheDir]),
    ).toBe(0);
    // The same corpus (same file name) with its second day moved to a new date: the first day is in the cache.
    await mkdir(join(tmp, "gained-corpus"));
    const gained = join(tmp, "gained-corpus", "sample.txt");
    await writeFile(gained, (await readFile(fixture, "utf8")).replaceAll(/^20010502-/gmu, "20010503-"));
    const { err } = capture();
    expect(
      await main(["import", "pfr", gained, "--out", join(tmp, "gained"), "--jobs", "2", "--cache", cacheDir]),
    ).toBe(0);
    expect(err.join("")).toContain("(1 issues read by the people model on 1 threads, 1 from the cache)");
    expect(await readdir(join(tmp, "gained", "rmrb"))).toEqual(["2001-05-01", "2001-05-03", "paper.json"]);
  });

  it("writes with --jobs 2 and a fresh cache (threads started before the corpus is read) the bytes of --jobs 1", async () => {
    capture();
    const out = (name: string) => join(tmp, "jobs", name);
    const run = (name: string, jobs: string) =>
      main([
        "import",
        "pfr",
        fixture,
        "--out",
        out(name),
        "--jobs",
        jobs,
        "--cache",
        join(tmp, "jobs", `cache-${name}`),
      ]);
    expect(await run("one", "1")).toBe(0);
    const { err } = capture();
    expect(await run("two", "2")).toBe(0);
    expect(err.join("")).toContain("(2 issues read by the people model on 2 threads, 0 from the cache)");
    const files = async (root: string) =>
      Promise.all(
        (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map(async (e) => [
            join(e.parentPath, e.name).slice(root.length),
            await readFile(join(e.parentPath, e.name), "utf8"),
          ])
          .sort(),
      );
    const one = await files(out("one"));
    expect(one.length).toBeGreaterThan(3);
    expect(await files(out("two"))).toEqual(one);
  });

  it("stops with exit code 2 and file:line when ids go backwards", async () => {
    const shuffled = join(tmp, "shuffled.txt");
    await writeFile(shuffled, "20010502-01-001-001/m  书/n  \n20010501-01-001-001/m  书/n  \n");
    const { err } = capture();
    expect(await main(["import", "pfr", shuffled, "--out", join(tmp, "never")])).toBe(2);
    expect(err.join("")).toMatch(new RegExp(`^folio: ${shuffled}:2: id 20010501-01-001-001/m comes after`, "mu"));
    await expect(readdir(join(tmp, "never"))).rejects.toThrow();
  });

  it("refuses an unknown format and a missing file with exit code 2", async () => {
    const { err } = capture();
    expect(await main(["import", "ctb", fixture])).toBe(2);
    expect(await main(["import", "pfr", join(tmp, "missing.txt")])).toBe(2);
    expect(await main(["import", "pfr"])).toBe(2);
    expect(err.join("")).toMatch(
      /unknown import format "ctb"[\s\S]*missing\.txt: no such file[\s\S]*import takes a format and a file/u,
    );
  });
});

describe("folio build with several content folders", () => {
  it("builds the seed and the archive side by side", async () => {
    capture();
    await main(["import", "pfr", fixture, "--out", join(tmp, "archive"), ...work()]);
    const { out } = capture();
    expect(
      await main([
        "build",
        "--content",
        seed,
        "--content",
        join(tmp, "archive"),
        "--out",
        join(tmp, "data"),
        ...work(),
      ]),
    ).toBe(0);
    expect(out.join("")).toMatch(/built 2 papers, 3 issues, 15 articles/u);
    const manifest = JSON.parse(await readFile(join(tmp, "data", currentManifestFile(join(tmp, "data"))), "utf8")) as {
      papers: { id: string }[];
    };
    expect(manifest.papers.map((p) => p.id)).toEqual(["maonan", "rmrb"]);
  }, 30_000);
});
