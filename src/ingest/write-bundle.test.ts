import { currentManifestFile } from "./bundle-pointer";
import { isPagedByLetter } from "@/bundle/people-pages";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personBucket } from "@/bundle/person-bucket";
import {
  issueSchema,
  manifestSchema,
  peopleDirSchema,
  peopleDirectorySchema,
  peopleIndexSchema,
  peopleShardSchema,
  yearIndexSchema,
} from "@/bundle/schema";
import { readContentDirs } from "./content/read-content";
import { importPfr } from "./pfr/import-pfr";
import { writeContent } from "./pfr/write-content";
import { writeBundle, type BuildReport } from "./write-bundle";

/** The seed's content and the PFR fixture imported beside it, built together as `folio build` does. */
const seed = fileURLToPath(new URL("../../content", import.meta.url));
const fixture = fileURLToPath(new URL("../../fixtures/pfr/sample.txt", import.meta.url));
let tmp = "";
let archive = "";
let out = "";
let report: BuildReport;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-bundle-"));
  archive = join(tmp, "content-archive");
  out = join(tmp, "data");
  await writeContent(importPfr(await readFile(fixture, "utf8"), "sample.txt"), { outDir: archive });
  report = await writeBundle(await readContentDirs([seed, archive]), { outDir: out });
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const readManifest = async () =>
  manifestSchema.parse(JSON.parse(await readFile(join(out, currentManifestFile(out)), "utf8")));

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(out, file), "utf8"));

describe("writeBundle with a text content folder and a structured one", () => {
  it("lists both papers side by side, the seed's still the default, with counts and years only", async () => {
    const manifest = await readManifest();
    expect(manifest.papers.map((p) => [p.id, p.isDefault, p.issueCount, p.years.map((y) => y.year)])).toEqual([
      ["maonan", true, 1, [2023]],
      ["rmrb", false, 2, [2001]],
    ]);
    const rmrb = manifest.papers[1]!;
    expect(rmrb.name).toBe("人民日报");
    expect([rmrb.latest?.date, rmrb.articleCount]).toEqual(["2001-05-02", 7]);
    // The seed's date is inferred: listed so that search results can say so.
    expect(manifest.papers[0]!.approximateDates).toEqual(["2023-02-26"]);
  });

  it("writes each paper's issues in a year file the manifest names", async () => {
    const rmrb = (await readManifest()).papers[1]!;
    const year = yearIndexSchema.parse(await readJson(rmrb.years[0]!.file));
    // A fixed name: a new issue changes the year file, never the name the manifest and pages know it by.
    expect(rmrb.years[0]!.file).toBe("archive/rmrb/2001.json");
    expect(year.issues.map((i) => [i.date, i.pageCount, i.articleCount])).toEqual([
      ["2001-05-01", 2, 4],
      ["2001-05-02", 2, 3],
    ]);
    expect([year.before, year.after]).toEqual([null, null]);
    expect(rmrb.latest).toEqual(year.issues.at(-1));
  });

  it("finds every person's details through the people directory by the hash of the name", async () => {
    const { people } = await readManifest();
    const index = peopleIndexSchema.parse(await readJson(people!.index));
    const directory = peopleDirectorySchema.parse(await readJson(people!.directory));
    expect(directory.peopleCount).toBe(index.people.length);
    expect(directory.pagedByLetter).toBe(isPagedByLetter(index.people.length));
    // Fixed names: a person's page names its shard, whose name does not change with what it holds.
    expect(directory.directories).toEqual(["people/dir-0.json"]);
    for (const summary of index.people) {
      const bucket = personBucket(summary.name, directory.shardCount);
      const dir = peopleDirSchema.parse(
        await readJson(directory.directories[Math.floor(bucket / directory.perDirectory)]!),
      );
      const shard = peopleShardSchema.parse(await readJson(dir.shards[bucket % directory.perDirectory]!));
      expect(
        shard.people.find((p) => p.name === summary.name),
        summary.name,
      ).toMatchObject({
        articleCount: summary.articleCount,
        letter: summary.letter,
      });
    }
  });

  it("writes the structured articles as they are, with ids and title notes", async () => {
    const rmrb = (await readManifest()).papers[1]!;
    const entry = yearIndexSchema.parse(await readJson(rmrb.years[0]!.file)).issues[0]!;
    const issue = issueSchema.parse(await readJson(entry.file));
    const first = issue.pages[0]!.articles[0]!;
    expect([first.id, first.title, first.titleNotes, first.sourceLines]).toEqual([
      "1-1",
      "青石县新图书馆开馆",
      ["（附图片１张）"],
      [1, 4],
    ]);
    expect(issue.pages[1]!.articles.map((a) => a.id)).toEqual(["3-1", "3-2"]);
  });

  it("reports a structured page's warnings against its source file, saying which page file had them", () => {
    const pfr = report.warnings.filter((w) => w.file === "sample.txt");
    expect(pfr).toEqual([
      {
        file: "sample.txt",
        via: expect.stringMatching(/2001-05-02\/page-01\.json$/u),
        warning: { lines: [18, 18], message: expect.stringContaining("bad id") },
      },
    ]);
    expect(report.articles).toBe(8 + 7);
  });
});

describe("readContentDirs", () => {
  it("refuses a paper that is in two content folders", async () => {
    await expect(readContentDirs([archive, archive])).rejects.toThrow(/paper "rmrb" is in two content folders/u);
  });

  it("names the file and the field when a structured page fails its schema", async () => {
    const page = join(archive, "rmrb", "2001-05-01", "page-03.json");
    const good = await readFile(page, "utf8");
    await writeFile(page, good.replace('"type": "folio/structured-page"', '"type": "folio/page"'));
    try {
      await expect(readContentDirs([archive])).rejects.toThrow(/page-03\.json: .*type/su);
    } finally {
      await writeFile(page, good);
    }
  });
});
