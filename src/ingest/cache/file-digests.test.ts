import { createHash } from "node:crypto";
import { mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileDigests, RACY_MS } from "./file-digests";

let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-digests-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** Sets a file's mtime `ms` in the past, as a file written long before the build. */
async function age(path: string, ms: number): Promise<void> {
  const past = new Date(Date.now() - ms);
  await utimes(path, past, past);
}

describe("file digests remembered by stat", () => {
  it("trusts the memo for a file untouched since well before it was hashed, and hashes a changed one", async () => {
    const file = join(tmp, "page.json");
    const memo = join(tmp, "memo.json");
    await writeFile(file, "one");
    await age(file, 10 * RACY_MS);
    const first = await FileDigests.open(memo);
    expect(await first.digest(file)).toBe(sha("one"));
    expect(first.stats).toEqual({ stat: 0, hashed: 1 });
    await first.save();

    const second = await FileDigests.open(memo);
    expect(await second.digest(file)).toBe(sha("one"));
    expect(second.stats).toEqual({ stat: 1, hashed: 0 });
    await second.save();

    // Same size, new bytes, a new mtime: read again.
    await writeFile(file, "two");
    const third = await FileDigests.open(memo);
    expect(await third.digest(file)).toBe(sha("two"));
    expect(third.stats).toEqual({ stat: 0, hashed: 1 });
  });

  it("does not trust a memo made within the clock's grain of the file's change (racy), even if the stat matches", async () => {
    const file = join(tmp, "racy.json");
    const memo = join(tmp, "racy-memo.json");
    await writeFile(file, "aaa");
    const first = await FileDigests.open(memo);
    await first.digest(file);
    await first.save();
    // Rewritten at once with the same size and given back its old mtime: its stat is what the memo holds.
    const { mtime } = await stat(file);
    await writeFile(file, "bbb");
    await utimes(file, mtime, mtime);
    const second = await FileDigests.open(memo);
    expect(await second.digest(file)).toBe(sha("bbb"));
    expect(second.stats.hashed).toBe(1);
  });
});
