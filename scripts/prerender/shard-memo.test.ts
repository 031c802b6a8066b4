import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PeopleShard } from "../../src/bundle/schema";
import { ShardMemo } from "./shard-memo";

const root = await mkdtemp(join(tmpdir(), "folio-shard-memo-"));
afterAll(() => rm(root, { recursive: true, force: true }));

const data = join(root, "data");
/** Two people shards in the bundle, with the names they hold. */
const shards = new Map<string, PeopleShard>([
  ["people/shard-0.json", { people: [{ name: "王伟" }, { name: "李明" }] } as unknown as PeopleShard],
  ["people/shard-1.json", { people: [{ name: "张红" }] } as unknown as PeopleShard],
]);
await mkdir(join(data, "people"), { recursive: true });
for (const [file, shard] of shards) await writeFile(join(data, file), JSON.stringify(shard));

/** Every file under `path` (a file or a folder) with its mtime. */
async function stamps(path: string): Promise<Map<string, number>> {
  const files = (await stat(path)).isDirectory() ? (await readdir(path)).map((n) => join(path, n)) : [path];
  return new Map(await Promise.all(files.map(async (f) => [f, (await stat(f)).mtimeMs] as [string, number])));
}

/** A prerender's use of the memo: every shard's names listed, a value's digest noted in each. */
async function use(memo: ShardMemo): Promise<string[]> {
  const names = memo.namesOf(shards);
  const all = [...shards.keys()].flatMap((file) => names.get(file));
  for (const file of shards.keys()) memo.noteDigest(file, `${file}#["people"]`, `digest of ${file}`);
  await memo.save();
  return all;
}

describe("the prerender's memo of people shards", () => {
  it("keeps the names and digests of shards as they are, and writes nothing when no shard changed", async () => {
    const where = join(root, "memo");
    const first = await ShardMemo.open(where, data);
    expect(await use(first)).toEqual(["王伟", "李明", "张红"]);
    expect(first.stats).toEqual({ kept: 0, read: 2 });
    const before = await stamps(where);

    const second = await ShardMemo.open(where, data);
    expect(await use(second)).toEqual(["王伟", "李明", "张红"]);
    expect(second.stats).toEqual({ kept: 2, read: 0 });
    expect(second.digest("people/shard-0.json", `people/shard-0.json#["people"]`)).toBe(
      "digest of people/shard-0.json",
    );
    // One file of every shard was written whole by every prerender (34 MB for a month's people).
    expect(await stamps(where)).toEqual(before);
  });

  it("reads again a shard rewritten since, rewrites its entry only, and forgets shards gone", async () => {
    const where = join(root, "changed");
    await use(await ShardMemo.open(where, data));
    const before = await stamps(where);
    const one = shards.get("people/shard-1.json")!;
    await writeFile(join(data, "people/shard-1.json"), `${JSON.stringify(one)}\n`);
    const memo = await ShardMemo.open(where, data);
    await use(memo);
    expect(memo.stats).toEqual({ kept: 1, read: 1 });
    const after = await stamps(where);
    expect([...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f)).toEqual([join(where, "shard-1.json")]);

    // A build without shard 1: its entry is removed.
    const only = await ShardMemo.open(where, data);
    only.namesOf(shards).get("people/shard-0.json");
    await only.save();
    expect(await readdir(where)).toEqual(["shard-0.json"]);
  });
});
