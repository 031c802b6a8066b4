/**
 * Keeps the built site's preview cards in step with its pages, incrementally. Cards live in a cache
 * folder that outlives `vite build` (which empties dist/), one file per content-hashed name
 * (`src/app/lib/preview-image.ts`): a card whose name is already there is never drawn again, so a
 * rebuild draws only the cards of new or changed pages. Each referenced card is then hard-linked
 * (copied where links cannot be made) into the site, and every card no page references any more
 * is removed from both folders.
 */
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PreviewCard } from "../../src/app/lib/preview-image";

export interface UpdateCardsOptions {
  /**
   * Every card the site's pages reference, by file name (`<hash>.png`); a function gives the card
   * when it must be drawn (the prerender reads a kept page's card only then).
   */
  cards: ReadonlyMap<string, PreviewCard | (() => PreviewCard)>;
  cacheDir: string;
  /** The site's folder for cards (`dist/og`). */
  outDir: string;
  render: (card: PreviewCard) => Promise<Buffer>;
  /** Cards drawn at once: the drawing is synchronous, the encoding runs on libuv's threads. */
  concurrency?: number;
}

export interface UpdateCardsResult {
  referenced: number;
  rendered: number;
  removed: number;
  /**
   * Bytes of the cards drawn by this run. A kept card is not looked at (not even `stat`ed): an
   * archive names hundreds of thousands, and a day adds a few dozen.
   */
  bytes: number;
}

async function pngNames(dir: string): Promise<Set<string>> {
  return new Set((await readdir(dir)).filter((name) => name.endsWith(".png")));
}

export async function updateCards(options: UpdateCardsOptions): Promise<UpdateCardsResult> {
  const { cards, cacheDir, outDir, render, concurrency = 4 } = options;
  await mkdir(cacheDir, { recursive: true });
  await mkdir(outDir, { recursive: true });
  const cached = await pngNames(cacheDir);
  const missing = [...cards].filter(([name]) => !cached.has(name));

  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < missing.length) {
      const [name, card] = missing[next++]!;
      const file = join(cacheDir, name);
      // Written aside and renamed: a build stopped midway leaves no half card under a real name.
      const partial = `${file}.${process.pid}.tmp`;
      const png = await render(typeof card === "function" ? card() : card);
      bytes += png.byteLength;
      await writeFile(partial, png);
      await rename(partial, file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker));

  const published = await pngNames(outDir);
  for (const name of cards.keys()) {
    if (published.has(name)) continue;
    const from = join(cacheDir, name);
    const to = join(outDir, name);
    await link(from, to).catch(() => copyFile(from, to));
  }

  let removed = 0;
  for (const [dir, names] of [
    [cacheDir, cached],
    [outDir, published],
  ] as const) {
    for (const name of names) {
      if (cards.has(name)) continue;
      await rm(join(dir, name), { force: true });
      if (dir === cacheDir) removed++;
    }
  }
  return { referenced: cards.size, rendered: missing.length, removed, bytes };
}
