import type * as FsPromises from "node:fs/promises";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it, vi } from "vitest";
import { compressDist, MIN_BYTES } from "./compress";
import { touched } from "@/ingest/cache/fs-touches.test-helper";

/** Every path it lists or measures, through the module it imports its file functions from. */
vi.mock("node:fs/promises", async (importOriginal) =>
  (await import("@/ingest/cache/fs-touches.test-helper")).touchingFs(await importOriginal<typeof FsPromises>()),
);

const root = await mkdtemp(join(tmpdir(), "folio-compress-"));
afterAll(() => rm(root, { recursive: true, force: true }));

const text = (n: number) => `<p>${"新闻 ".repeat(MIN_BYTES)} ${n}</p>`;

async function put(dir: string, files: Record<string, string>, at = new Date(Date.now() - 60_000)): Promise<void> {
  for (const [path, body] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), body);
    await utimes(join(dir, path), at, at);
  }
}

async function files(dir: string): Promise<Map<string, string>> {
  const fs = await vi.importActual<typeof FsPromises>("node:fs/promises");
  const found = new Map<string, string>();
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const bytes = await readFile(join(e.parentPath, e.name));
    found.set(
      relative(dir, join(e.parentPath, e.name)),
      (e.name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString(),
    );
  }
  return found;
}

const pages = Object.fromEntries(Array.from({ length: 30 }, (_, n) => [`rmrb/2001-05-${n + 10}/index.html`, text(n)]));

describe("compress", () => {
  it("given the log of what changed, looks at those files only, and leaves what a walk leaves", async () => {
    const dist = join(root, "log");
    await put(dist, { ...pages, "data/gone.json": text(99), "small.txt": "x" });
    expect((await compressDist(dist, null)).written).toBe(31);
    // A day's page added and one changed, a data file removed.
    await put(
      dist,
      { "rmrb/2001-05-40/index.html": text(40), "rmrb/2001-05-10/index.html": text(100) },
      new Date(Date.now() + 10_000),
    );
    await rm(join(dist, "data/gone.json"));
    const changed = ["rmrb/2001-05-40/index.html", "rmrb/2001-05-10/index.html", "data/gone.json"];
    touched.paths.length = 0;
    touched.on = true;
    const result = await compressDist(dist, changed).finally(() => {
      touched.on = false;
    });
    expect(result).toEqual({ written: 2, current: 0, removed: 1, walked: false });
    const looked = new Set(changed.flatMap((p) => [join(dist, p), `${join(dist, p)}.gz`]));
    expect(touched.paths.filter((p) => !looked.has(p))).toEqual([]);
    // the spy sees compress's file calls (else the check above would pass on nothing)
    expect(touched.paths.length).toBeGreaterThan(0);

    const walked = join(root, "walked");
    await put(walked, { ...pages, "data/gone.json": text(99), "small.txt": "x" });
    await compressDist(walked, null);
    await put(
      walked,
      { "rmrb/2001-05-40/index.html": text(40), "rmrb/2001-05-10/index.html": text(100) },
      new Date(Date.now() + 10_000),
    );
    await rm(join(walked, "data/gone.json"));
    expect((await compressDist(walked, null)).removed).toBe(1);
    expect(await files(dist)).toEqual(await files(walked));
  });
});
