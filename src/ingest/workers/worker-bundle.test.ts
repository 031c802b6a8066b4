import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readPage } from "../read-page";
import { bundleKey, CLI_BUNDLE_DIR, DEFAULT_BUNDLE_DIR, workerBundle } from "./worker-bundle";

const INGEST_WORKER = fileURLToPath(new URL("./ingest-worker.ts", import.meta.url));
const IMAGE_WORKER = fileURLToPath(new URL("./image-worker.ts", import.meta.url));
const CLI = fileURLToPath(new URL("../cli.ts", import.meta.url));
const BIN = fileURLToPath(new URL("../../../bin/folio.js", import.meta.url));
const PAGE = "新春书法展在京开幕\n本报北京1月2日电（记者王晓东）新春书法展今天在中国美术馆开幕，展出作品二百余件。\n";
/** Bundling the workers' sources runs esbuild once; a loaded machine takes several times its idle second. */
const HEAVY = 180_000;

const dirs: string[] = [];
/** A bundle finds its libraries in node_modules as the real one does: it lives beside it. */
const tempDir = async (base = dirname(DEFAULT_BUNDLE_DIR)) => {
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(join(base, "folio-worker-bundle-test-"));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("workerBundle", () => {
  it(
    "bundles the workers' entries, which run in a thread with no TypeScript loader, as the sources do",
    async () => {
      const dir = await tempDir();
      const bundle = await workerBundle([INGEST_WORKER, IMAGE_WORKER], dir);
      expect(bundle.built).toBe(true);
      expect(bundle.entries.map((url) => url.replace(/^.*\//u, ""))).toEqual(["ingest-worker.mjs", "image-worker.mjs"]);
      // No tsx in the thread: the bundle is plain JavaScript, its libraries loaded from node_modules.
      const pool = new Piscina({ filename: bundle.entries[0], minThreads: 1, maxThreads: 1, execArgv: [] });
      try {
        const parsed: unknown = await pool.run({ kind: "text-page", text: PAGE });
        expect(parsed).toEqual(readPage(PAGE));
        // The image entry too (its PDF.js, Skia and sharp load): a missing file is its one-line error.
        const missing: unknown = await pool.run(
          { kind: "pdf-file", path: join(dir, "missing.pdf") },
          { filename: bundle.entries[1] },
        );
        expect(missing).toEqual({ ok: false, error: `${join(dir, "missing.pdf")}: no such file` });
      } finally {
        await pool.destroy();
      }
      // Asked again with no source changed: the same bundle, not built again.
      expect(await workerBundle([INGEST_WORKER, IMAGE_WORKER], dir)).toEqual({ ...bundle, built: false });
    },
    HEAVY,
  );

  it(
    "builds again when a source it was built from changes, and not when none did",
    async () => {
      const dir = await tempDir();
      const sources = await tempDir(tmpdir());
      const entry = join(sources, "entry.ts");
      const part = join(sources, "part.ts");
      await writeFile(entry, `import { word } from "./part";\nexport default (): string => word;\n`);
      await writeFile(part, `export const word: string = "一";\n`);
      const first = await workerBundle([entry], dir);
      const run = async (url: string) => ((await import(url)) as { default: () => string }).default();
      expect(await run(first.entries[0]!)).toBe("一");

      expect(await workerBundle([entry], dir)).toEqual({ ...first, built: false });
      await writeFile(part, `export const word: string = "二";\n`);
      const second = await workerBundle([entry], dir);
      expect(second.built).toBe(true);
      expect(second.key).not.toBe(first.key);
      expect(await run(second.entries[0]!)).toBe("二");
      // Each key has its folder (the older one is removed once it is stale).
      expect((await readdir(dir)).filter((name) => !name.endsWith(".json")).sort()).toEqual(
        [first.key, second.key].sort(),
      );
    },
    HEAVY,
  );

  it("keys a bundle by the checkout it was built in: another checkout's copy of the cache is not reused", async () => {
    // The bundle carries its sources' absolute paths; a worktree that hard-links another checkout's
    // node_modules sees that checkout's bundles under the same sources.
    const inputs = ["src/ingest/workers/worker-bundle.ts"];
    const here = await bundleKey(inputs, "0.0.0");
    expect(await bundleKey(inputs, "0.0.0")).toBe(here);
    expect(await bundleKey(inputs, "0.0.0", "/elsewhere/folio/")).not.toBe(here);
  });

  it(
    "bundles the folio command itself (whose sources include this bundler), which bin/folio.js runs",
    async () => {
      const dir = await tempDir();
      const bundle = await workerBundle([CLI], dir);
      const { main } = (await import(bundle.entries[0]!)) as { main: (argv: readonly string[]) => Promise<number> };
      const written: string[] = [];
      const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => written.push(String(chunk)) > 0);
      try {
        expect(await main(["--help"])).toBe(0);
      } finally {
        out.mockRestore();
      }
      expect(written.join("")).toMatch(/^usage: folio <command>/u);
      // The command as a newsroom runs it: plain node, from the repository's own bundle.
      const run = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: folio <command>/u);
      expect((await readdir(CLI_BUNDLE_DIR)).length).toBeGreaterThan(0);
    },
    HEAVY,
  );
});
