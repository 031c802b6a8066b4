import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IssueLedger } from "./issue-ledger";

const root = await mkdtemp(join(tmpdir(), "folio-ledger-"));
afterAll(() => rm(root, { recursive: true, force: true }));

const paper = "/content/rmrb";
async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe("the issue ledger", () => {
  it("keeps a file per month, rewrites only the months whose entries changed and drops emptied ones", async () => {
    const dir = join(root, "months");
    const first = new IssueLedger(dir);
    for (const day of ["2001-05-01", "2001-05-02", "2001-06-01"])
      first.set(join(paper, day), { meta: [`digest ${day}`, { date: day }] });
    await first.save();
    expect(first.stats.filesWritten).toBe(2);
    expect((await files(dir)).length).toBe(2);

    // The same entries, and a day added in June: June's file only.
    const second = new IssueLedger(dir);
    for (const day of ["2001-05-01", "2001-05-02", "2001-06-01"]) {
      const known = await second.get(join(paper, day));
      expect(known?.meta?.[0]).toBe(`digest ${day}`);
      second.set(join(paper, day), known!);
    }
    expect(await second.get(join(paper, "2001-06-02"))).toBeUndefined();
    second.set(join(paper, "2001-06-02"), { built: ["key", { file: "x" }] });
    await second.save();
    expect([second.stats.filesRead, second.stats.filesWritten]).toEqual([2, 1]);

    // May's days gone: May's file is removed; June's entries are as set.
    const third = new IssueLedger(dir);
    await third.get(join(paper, "2001-05-01"));
    third.set(join(paper, "2001-06-02"), (await third.get(join(paper, "2001-06-02")))!);
    await third.save();
    expect((await files(dir)).length).toBe(1);
    expect(await new IssueLedger(dir).get(join(paper, "2001-06-02"))).toEqual({ built: ["key", { file: "x" }] });
  });

  it("takes a month file it cannot read as empty", async () => {
    const dir = join(root, "broken");
    const ledger = new IssueLedger(dir);
    ledger.set(join(paper, "2001-05-01"), { meta: ["d", {}] });
    await ledger.save();
    const [file] = await files(dir);
    await writeFile(join(dir, file!), "{ not json");
    expect(await new IssueLedger(dir).get(join(paper, "2001-05-01"))).toBeUndefined();
  });
});
