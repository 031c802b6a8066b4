import type * as FsPromises from "node:fs/promises";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ChangedWriter } from "../../src/ingest/cache/write-changed";
import { readJournal } from "../../src/ingest/cache/output-journal";
import { mirror } from "./data-mirror";
import { touched } from "@/ingest/cache/fs-touches.test-helper";

/** Every path it lists or measures, through the module it imports its file functions from. */
vi.mock("node:fs/promises", async (importOriginal) =>
  (await import("@/ingest/cache/fs-touches.test-helper")).touchingFs(await importOriginal<typeof FsPromises>()),
);

const root = await mkdtemp(join(tmpdir(), "folio-mirror-"));
afterAll(() => rm(root, { recursive: true, force: true }));

async function files(dir: string): Promise<Map<string, string>> {
  const fs = await vi.importActual<typeof FsPromises>("node:fs/promises");
  const found = new Map<string, string>();
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      found.set(relative(dir, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name), "utf8"));
  return found;
}

/** A bundle build through the writer, with its journal: `files` written, `trees` (a segment of 20 files) kept whole. */
async function build(dir: string, journal: string, output: { files: Record<string, string>; trees: string[] }) {
  const out = new ChangedWriter(dir);
  await out.openJournal(journal, "manifest.json");
  for (const tree of output.trees) {
    for (let n = 0; n < 20; n++) await out.write(`${tree}/t/${n}.json`, `${tree} ${n}`);
    out.keepTree(tree);
  }
  for (const [path, text] of Object.entries(output.files)) await out.write(path, text);
  await out.write("manifest.json", JSON.stringify(output));
  await out.removeStale();
}

describe("the data mirror", () => {
  it("applies only the bundle's changes since its last copy, and leaves what a walk leaves", async () => {
    const data = join(root, "data");
    const journalFile = join(root, "journal.json");
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, n) => [`issues/d${n}.json`, `day ${n}`]));
    await build(data, journalFile, { files: many, trees: ["search/aaa", "search/bbb"] });
    const dist = join(root, "dist-data");
    const first = await readJournal(journalFile, data);
    expect((await mirror(data, dist, first, undefined, journalFile)).walked).toBe(true);
    const since = first!.changes.at(-1)!.id;
    // Two builds before the next copy: a day added, one changed, one gone, a segment merged away.
    await build(data, journalFile, {
      files: { ...many, "issues/d50.json": "day 50", "issues/d1.json": "day 1 again", "issues/d2.json": "" },
      trees: ["search/aaa", "search/bbb"],
    });
    const rest: Record<string, string> = { ...many, "issues/d50.json": "day 50", "issues/d1.json": "again" };
    delete rest["issues/d2.json"];
    await build(data, journalFile, { files: rest, trees: ["search/aaa", "search/ccc"] });

    touched.paths.length = 0;
    touched.on = true;
    const copied = await mirror(data, dist, await readJournal(journalFile, data), since, journalFile).finally(() => {
      touched.on = false;
    });
    expect(copied.walked).toBe(false);
    // Only the changed files were looked at: no listing, no unchanged day, no kept segment.
    const changedFiles = new Set(
      ["issues/d1.json", "issues/d2.json", "issues/d50.json", "manifest.json"].map((p) => join(data, p)),
    );
    expect(touched.paths.filter((p) => !changedFiles.has(p) && !p.startsWith(join(data, "search", "ccc")))).toEqual([]);
    expect(touched.paths.length).toBeGreaterThan(0);
    expect(await files(dist)).toEqual(await files(data));

    // A journal that does not reach back to the last copy: both folders walked, same result.
    const walked = join(root, "walked");
    await mirror(data, walked, null, undefined, journalFile);
    expect(await files(walked)).toEqual(await files(data));
    expect(
      (await mirror(data, dist, await readJournal(journalFile, data), "not a change of this journal", journalFile))
        .walked,
    ).toBe(true);
  });
});
