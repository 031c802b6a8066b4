import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cardPath, type PreviewCard } from "../../src/app/lib/preview-image";
import { updateCards } from "./update-cards";
import type * as FsPromises from "node:fs/promises";

// The file system as it is, with its look-ups counted (a kept card must cost no `stat`).
const looked = vi.hoisted(() => ({ stats: 0 }));
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof FsPromises>();
  return {
    ...fs,
    stat: (...args: Parameters<typeof fs.stat>) => {
      looked.stats++;
      return fs.stat(...args);
    },
  };
});

const card = (section: string): PreviewCard => ({
  paperName: "人民日报",
  date: "1998年1月1日",
  section,
  headlines: ["标题"],
  standfirst: "",
});
const named = (...cards: PreviewCard[]) => new Map(cards.map((c) => [cardPath(c).slice("/og/".length), c]));

describe("updateCards", () => {
  let dir: string;
  let drawn: string[];
  const render = async (c: PreviewCard) => {
    drawn.push(c.section);
    return Buffer.from(`card ${c.section}`);
  };
  const run = (cards: Map<string, PreviewCard>, outDir = join(dir, "dist-og")) =>
    updateCards({ cards, cacheDir: join(dir, "cache"), outDir, render });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "folio-cards-"));
    drawn = [];
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("draws every card once, and nothing on a second run", async () => {
    const cards = named(card("第1版"), card("第2版"));
    expect(await run(cards)).toMatchObject({ referenced: 2, rendered: 2, removed: 0 });
    expect(drawn.sort()).toEqual(["第1版", "第2版"]);
    drawn = [];
    // A rebuild into an emptied site folder (vite empties dist/): served again, drawn again never.
    const second = await run(cards, join(dir, "dist-og-2"));
    expect(second).toMatchObject({ referenced: 2, rendered: 0, removed: 0 });
    expect(drawn).toEqual([]);
    expect((await readdir(join(dir, "dist-og-2"))).sort()).toEqual([...cards.keys()].sort());
    for (const name of cards.keys())
      expect(await readFile(join(dir, "dist-og-2", name), "utf8")).toBe(`card ${cards.get(name)!.section}`);
  });

  it("draws only a new or changed card", async () => {
    await run(named(card("第1版"), card("第2版")));
    drawn = [];
    const result = await run(named(card("第1版"), card("第2版 · 要闻")));
    expect(result).toMatchObject({ rendered: 1, removed: 1 });
    expect(drawn).toEqual(["第2版 · 要闻"]);
  });

  it("removes the cards no page references any more, from the cache and the site", async () => {
    await run(named(card("第1版"), card("第2版"), card("第3版")));
    const kept = named(card("第2版"));
    expect(await run(kept)).toMatchObject({ referenced: 1, rendered: 0, removed: 2 });
    expect(await readdir(join(dir, "cache"))).toEqual([...kept.keys()]);
    expect(await readdir(join(dir, "dist-og"))).toEqual([...kept.keys()]);
  });

  it("counts the bytes of the cards it draws", async () => {
    const result = await run(named(card("第1版")));
    expect(result.bytes).toBe(Buffer.byteLength("card 第1版"));
    expect((await run(named(card("第1版"), card("第2版")))).bytes).toBe(Buffer.byteLength("card 第2版"));
  });

  it("does not look at a kept card: a run costs the cards drawn, not the cards referenced", async () => {
    const cards = named(...Array.from({ length: 20 }, (_, i) => card(`第${i + 1}版`)));
    await run(cards);
    looked.stats = 0;
    const second = await run(cards);
    expect(looked.stats).toBe(0);
    expect(second).toMatchObject({ referenced: 20, rendered: 0, bytes: 0 });
  });
});
