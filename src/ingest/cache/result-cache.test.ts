import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { DEFAULT_MODEL_PATH } from "../people/tagger/load-model";
import { CODE_ROOTS, codeVersion } from "./code-version";
import { ResultCache } from "./result-cache";

let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-cache-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("ResultCache", () => {
  it("gives back what was put under the same key, and misses on another input", async () => {
    const cache = await ResultCache.open(join(tmp, "a"), "v1");
    const key = ResultCache.key("第一版", "page text");
    expect(await cache.get("text-page", key)).toBeUndefined();
    await cache.put("text-page", key, { articles: [{ title: "标题" }] });
    expect(await cache.get("text-page", key)).toEqual({ articles: [{ title: "标题" }] });
    expect(await cache.get("text-page", ResultCache.key("第一版", "page text!"))).toBeUndefined();
    // The separator keeps parts apart: ("ab", "c") is not ("a", "bc").
    expect(ResultCache.key("ab", "c")).not.toBe(ResultCache.key("a", "bc"));
    expect(cache.stats).toEqual({ hits: 1, misses: 2 });
  });

  it("is empty of a kind until a result of that kind is put", async () => {
    const cache = await ResultCache.open(join(tmp, "empty"), "v1");
    expect(await cache.isEmpty("pfr-day")).toBe(true);
    await cache.put("text-page", ResultCache.key("x"), 1);
    expect(await cache.isEmpty("pfr-day")).toBe(true);
    await cache.put("pfr-day", ResultCache.key("y"), 2);
    expect(await cache.isEmpty("pfr-day")).toBe(false);
  });

  it("reads nothing made by another code version, and drops the other versions' results", async () => {
    const dir = join(tmp, "b");
    const key = ResultCache.key("text");
    await (await ResultCache.open(dir, "old")).put("text-page", key, 1);
    expect(await (await ResultCache.open(dir, "old")).get("text-page", key)).toBe(1);
    const newer = await ResultCache.open(dir, "new");
    expect(await newer.get("text-page", key)).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("ResultCache bytes and nested caches", () => {
  it("keeps bytes under a key, and a nested cache (page images) survives another code version", async () => {
    const dir = join(tmp, "c");
    const nested = await ResultCache.open(join(dir, "page-images"), "renderer-1");
    const key = ResultCache.key("image");
    expect(await nested.bytesPath("blob", key, "webp")).toBeUndefined();
    const path = await nested.putBytes("blob", key, "webp", new Uint8Array([1, 2, 3]));
    expect(await nested.bytesPath("blob", key, "webp")).toBe(path);
    await (await ResultCache.open(dir, "code-1")).put("text-page", key, 1);
    expect((await readdir(dir)).sort()).toEqual(["code-1", "page-images"]);
    await ResultCache.open(dir, "code-2");
    expect(await readdir(dir)).toEqual(["page-images"]);
    expect(await (await ResultCache.open(join(dir, "page-images"), "renderer-1")).bytesPath("blob", key, "webp")).toBe(
      path,
    );
  });
});

describe("codeVersion", () => {
  it("changes when a source file or the model changes, not when a test does", async () => {
    const root = join(tmp, "src");
    await mkdir(join(root, "model"), { recursive: true });
    await writeFile(join(root, "parse.ts"), "export const A = 1;");
    await writeFile(join(root, "model", "tagger.bin.gz"), "weights 1");
    const first = codeVersion([root]);
    await writeFile(join(root, "parse.test.ts"), "test");
    expect(codeVersion([root])).toBe(first);
    await writeFile(join(root, "model", "tagger.bin.gz"), "weights 2");
    const retrained = codeVersion([root]);
    expect(retrained).not.toBe(first);
    await writeFile(join(root, "parse.ts"), "export const A = 2;");
    expect(codeVersion([root])).not.toBe(retrained);
  });

  it("covers the parser, the people model and the bundle schema of the running code", () => {
    const covered = (file: string) => CODE_ROOTS.some((root) => file.startsWith(root));
    expect(covered(DEFAULT_MODEL_PATH)).toBe(true);
    for (const module of ["../parse/parse-page.ts", "../../bundle/schema.ts", "../pfr/build-article.ts"])
      expect(covered(fileURLToPath(new URL(module, import.meta.url))), module).toBe(true);
  });
});
