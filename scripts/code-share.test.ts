import { encode } from "@jridgewell/sourcemap-codec";
import { build } from "esbuild";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { listed } from "./budgets";
import { ownedShare, splitByOwner } from "./code-share";

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

describe("splitByOwner", () => {
  // Two lines: "AAAABBBBCCCC" (a.ts, b.ts, a.ts from columns 0, 4, 8) and "xxDDDD" (unmapped, then b.ts).
  const code = "AAAABBBBCCCC\nxxDDDD";
  const map = {
    sources: ["a.ts", "b.ts"],
    mappings: encode([
      [
        [0, 0, 0, 0],
        [4, 1, 0, 0],
        [8, 0, 3, 0],
      ],
      [[0], [2, 1, 1, 0]],
    ]),
  };

  it("cuts out the code each mapping gives to an owned source, up to the next mapping", () => {
    const split = splitByOwner(code, map, { source: (source) => source === "b.ts" });
    expect(split.rest).toBe("AAAACCCC\nxx");
    expect(split.hasOthers).toBe(true);
    expect(Object.fromEntries(split.bySource)).toEqual({ "a.ts": 8, "b.ts": 8, "": 2 });
  });

  it("cuts out the code mapped to an owned place of another source", () => {
    // a.ts's line 3 (0-based), where CCCC comes from, is a call into the owned code.
    const split = splitByOwner(code, map, {
      source: () => false,
      at: (source, line) => source === "a.ts" && line === 3,
    });
    expect(split.rest).toBe("AAAABBBB\nxxDDDD");
    expect(split.hasOthers).toBe(true);
  });

  it("keeps unmapped code (the bundler's glue) and knows a chunk with no other source", () => {
    const split = splitByOwner(code, map, { source: () => true });
    expect(split.rest).toBe("\nxx");
    expect(split.hasOthers).toBe(false);
  });
});

describe("ownedShare", () => {
  /** A real minified chunk with its source map: an app module importing a "feature" module. */
  async function bundle(feature: string): Promise<{ code: string; map: { sources: string[]; mappings: string } }> {
    const dir = await mkdtemp(join(tmpdir(), "code-share-"));
    await writeFile(join(dir, "feature.ts"), feature);
    await writeFile(
      join(dir, "app.ts"),
      `import { greet } from "./feature"; export const sums = [1, 2, 3].map((n) => n * 2); export const app = () => greet("app") + sums.join("-");`,
    );
    const result = await build({
      entryPoints: [join(dir, "app.ts")],
      bundle: true,
      format: "esm",
      minify: true,
      sourcemap: "external",
      charset: "utf8",
      write: false,
      outdir: join(dir, "out"),
      logLevel: "silent",
    });
    await rm(dir, { recursive: true });
    const file = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))!.text;
    const map = JSON.parse(file(".js.map")) as { sources: string[]; mappings: string };
    return { code: file(".js"), map };
  }
  const feature = `export function greet(who: string): string { return "你好，欢迎来到这份报纸的英文界面与繁体显示，" + who + "。朗读功能"; }`;
  const isFeature = { source: (source: string) => source.includes("feature.ts") };

  it("is what gzip saves without the owned source's code, which the rest no longer holds", async () => {
    const { code, map } = await bundle(feature);
    expect(code).toContain("欢迎来到这份报纸");
    const { rest } = splitByOwner(code, map, isFeature);
    expect(rest).not.toContain("欢迎来到这份报纸");
    expect(rest).toContain("map(");
    const share = ownedShare(code, map, isFeature);
    expect(share).toBe(gzip(code) - gzip(rest));
    expect(share).toBeGreaterThan(40);
    expect(share).toBeLessThan(gzip(code));
  });

  it("grows with the owned code and is nothing for a chunk without it", async () => {
    const { code, map } = await bundle(feature);
    const bigger = await bundle(
      feature.replace("朗读功能", "朗读功能，暂停、继续、下一段、速度，以及读完接着读本版下一篇的设置"),
    );
    expect(ownedShare(bigger.code, bigger.map, isFeature)).toBeGreaterThan(ownedShare(code, map, isFeature));
    expect(ownedShare(code, map, { source: (source) => source === "nothing.ts" })).toBe(0);
  });

  it("is the whole chunk when it holds no other source's code", async () => {
    const { code, map } = await bundle(feature);
    expect(ownedShare(code, map, { source: () => true })).toBe(gzip(code));
  });
});

describe("listed", () => {
  it("matches a file exactly or a folder by its prefix, whatever the module's query", () => {
    const sources = ["src/app/lib/i18n.ts", "src/app/locales/"];
    expect(listed(sources, "src/app/lib/i18n.ts")).toBe(true);
    expect(listed(sources, "src/app/locales/parts/search/zh.json?lingui")).toBe(true);
    expect(listed(sources, "src/app/lib/i18n.test.ts")).toBe(false);
    expect(listed(sources, "src/app/lib/head.ts")).toBe(false);
  });
});
