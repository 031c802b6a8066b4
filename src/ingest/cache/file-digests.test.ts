import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileDigests, RACY_MS } from "./file-digests";
import { IssueLedger } from "./issue-ledger";

let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-digests-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** A build's digests over the ledger in `dir`, and how to keep them for the next build. */
function open(dir: string): { digests: FileDigests; ledger: IssueLedger; save: () => Promise<void> } {
  const ledger = new IssueLedger(dir);
  return { digests: new FileDigests(ledger), ledger, save: () => ledger.save() };
}

/** Sets a file's mtime `ms` in the past, as a file written long before the build. */
async function age(path: string, ms: number): Promise<void> {
  const past = new Date(Date.now() - ms);
  await utimes(path, past, past);
}

describe("file digests remembered by stat", () => {
  it("trusts the memo for a file untouched since well before it was hashed, and hashes a changed one", async () => {
    await mkdir(join(tmp, "rmrb", "2001-05-01"), { recursive: true });
    const file = join(tmp, "rmrb", "2001-05-01", "page.json");
    const memo = join(tmp, "memo");
    await writeFile(file, "one");
    await age(file, 10 * RACY_MS);
    const first = open(memo);
    expect(await first.digests.digest(file)).toBe(sha("one"));
    expect(first.digests.stats).toEqual({ stat: 0, hashed: 1 });
    await first.save();

    const second = open(memo);
    expect(await second.digests.digest(file)).toBe(sha("one"));
    expect(second.digests.stats).toEqual({ stat: 1, hashed: 0 });
    await second.save();
    // Nothing changed: the month's file is not written again.
    expect(second.ledger.stats.filesWritten).toBe(0);

    // Same size, new bytes, a new mtime: read again.
    await writeFile(file, "two");
    const third = open(memo);
    expect(await third.digests.digest(file)).toBe(sha("two"));
    expect(third.digests.stats).toEqual({ stat: 0, hashed: 1 });
  });

  it("does not trust a memo made within the clock's grain of the file's change (racy), even if the stat matches", async () => {
    await mkdir(join(tmp, "rmrb", "2001-05-02"), { recursive: true });
    const file = join(tmp, "rmrb", "2001-05-02", "racy.json");
    const memo = join(tmp, "racy-memo");
    await writeFile(file, "aaa");
    const first = open(memo);
    await first.digests.digest(file);
    await first.save();
    // Rewritten at once with the same size and given back its old mtime: its stat is what the memo holds.
    const { mtime } = await stat(file);
    await writeFile(file, "bbb");
    await utimes(file, mtime, mtime);
    const second = open(memo);
    expect(await second.digests.digest(file)).toBe(sha("bbb"));
    expect(second.digests.stats.hashed).toBe(1);
  });

  it("keeps them by the month of the file's folder: a day added rewrites its month's file only, a file no longer looked at is forgotten", async () => {
    const memo = join(tmp, "months");
    const paper = join(tmp, "paper");
    const days = ["2001-05-01", "2001-06-01", "2001-06-02"];
    for (const day of days) {
      await mkdir(join(paper, day), { recursive: true });
      for (const name of ["issue.json", "page-01.txt"]) {
        await writeFile(join(paper, day, name), `${day} ${name}`);
        await age(join(paper, day, name), 10 * RACY_MS);
      }
    }
    const first = open(memo);
    for (const day of days.slice(0, 2))
      for (const name of ["page-01.txt", "issue.json"]) await first.digests.digest(join(paper, day, name));
    await first.save();
    expect(first.ledger.stats.filesWritten).toBe(2);

    // The same files looked at in another order, and a day added in June: June's file only.
    const second = open(memo);
    for (const day of days)
      for (const name of ["issue.json", "page-01.txt"])
        expect(await second.digests.digest(join(paper, day, name))).toBe(sha(`${day} ${name}`));
    expect(second.digests.stats).toEqual({ stat: 4, hashed: 2 });
    await second.save();
    expect([second.ledger.stats.filesRead, second.ledger.stats.filesWritten]).toEqual([2, 1]);

    // May's page no longer looked at: forgotten (hashed again when it is).
    const third = open(memo);
    for (const day of days) await third.digests.digest(join(paper, day, "issue.json"));
    for (const day of days.slice(1)) await third.digests.digest(join(paper, day, "page-01.txt"));
    await third.save();
    const fourth = open(memo);
    await fourth.digests.digest(join(paper, days[0]!, "page-01.txt"));
    expect(fourth.digests.stats).toEqual({ stat: 0, hashed: 1 });
  });
});
