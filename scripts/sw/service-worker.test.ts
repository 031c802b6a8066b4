import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateSW } from "workbox-build";
import { buildServiceWorker, keptTemplates, MANIFEST_REVISION_PLACEHOLDER, type WorkerOptions } from "./service-worker";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "folio-sw-test-"));
  await mkdir(join(root, "dist/assets"), { recursive: true });
  await mkdir(join(root, "dist/data"), { recursive: true });
  await writeFile(join(root, "dist/assets/app.js"), "console.log('app');\n");
  await writeFile(join(root, "dist/shell.html"), "<!doctype html><title>shell</title>\n");
  await writeFile(join(root, "dist/data/manifest.json"), '{"issues":1}\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const options: WorkerOptions = {
  globPatterns: ["assets/**/*.js", "shell.html", "data/manifest.json"],
  modifyURLPrefix: { "": "/" },
  mode: "development",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  runtimeCaching: [{ urlPattern: /\/data\/issues\//u, handler: "CacheFirst", options: { cacheName: "issues" } }],
};

/** Counts the calls to the real generator. */
function counting(): { generate: typeof generateSW; calls: () => number } {
  let calls = 0;
  return {
    generate: (config) => {
      calls++;
      return generateSW(config);
    },
    calls: () => calls,
  };
}

const build = (cacheDir: string, generate?: typeof generateSW) =>
  buildServiceWorker({
    dist: join(root, "dist"),
    manifestFile: "data/manifest.json",
    options,
    configSource: "test",
    cacheDir: join(root, cacheDir),
    ...(generate === undefined ? {} : { generate }),
  });

describe("the service worker, generated once and filled in", () => {
  it("a new data manifest fills the kept worker, and gives the bytes a fresh generation gives", async () => {
    const counted = counting();
    const first = await build("cache", counted.generate);
    expect(first.generated).toBe(true);
    expect(first.count).toBe(3);
    expect(first.sw).not.toContain(MANIFEST_REVISION_PLACEHOLDER);

    await writeFile(join(root, "dist/data/manifest.json"), '{"issues":2}\n');
    const second = await build("cache", counted.generate);
    expect(second.generated).toBe(false);
    expect(counted.calls()).toBe(1);
    expect(second.sw).not.toBe(first.sw);

    const fresh = await build("other-cache");
    expect(fresh.generated).toBe(true);
    expect(second.sw).toBe(fresh.sw);
    expect(await keptTemplates(join(root, "cache"))).toHaveLength(1);
  }, 60_000);

  it("generates again when another precached file changed, keeping one template", async () => {
    let calls = 0;
    // A stand-in generator: what is tested here is when the template is made again, not workbox.
    const fake: typeof generateSW = async (config) => {
      calls++;
      await mkdir(join(config.swDest, ".."), { recursive: true });
      await writeFile(config.swDest, `precache(${JSON.stringify(MANIFEST_REVISION_PLACEHOLDER)}, ${calls});\n`);
      return { count: 0, size: 0, warnings: [], filePaths: [config.swDest] };
    };
    await build("cache", fake);
    await build("cache", fake);
    expect(calls).toBe(1);
    await writeFile(join(root, "dist/assets/app.js"), "console.log('app, changed');\n");
    const changed = await build("cache", fake);
    expect(calls).toBe(2);
    expect(changed.generated).toBe(true);
    expect(changed.sw).toMatch(/precache\("[0-9a-f]{32}", 2\)/u);
    expect(await keptTemplates(join(root, "cache"))).toHaveLength(1);
    expect(await readFile(join(root, "cache", (await keptTemplates(join(root, "cache")))[0]!), "utf8")).toContain(
      MANIFEST_REVISION_PLACEHOLDER,
    );
  });
});
