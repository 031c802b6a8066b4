import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../cli";

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}/source.pdf`, import.meta.url));
/** Two pages drawn and encoded on worker threads: seconds idle, a minute or more on a loaded machine. */
const HEAVY = 240_000;
let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-read-for-build-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs the CLI, keeping what it prints: its exit code, stdout and stderr. */
async function folio(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
  try {
    const code = await main(args);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

describe("folio import pdf fills the build's cache", () => {
  it(
    "a build after the import parses and draws nothing again (worker threads)",
    async () => {
      const input = join(tmp, "in");
      await mkdir(input);
      await copyFile(fixture("pdf-photo-caption"), join(input, "page-1.pdf"));
      await copyFile(fixture("pdf-scanned"), join(input, "page-2.pdf"));
      const work = ["--cache", join(tmp, "cache"), "--jobs", "2"];
      const content = join(tmp, "content");
      const imported = await folio([
        "import",
        "pdf",
        input,
        "--paper",
        "lab",
        "--date",
        "2024-06-03",
        "--out",
        content,
        ...work,
      ]);
      expect(imported.code).toBe(0);
      expect(imported.out).toMatch(
        /imported 2 pages, .* read, parsed and drawn on 2 threads, thread time: open .* s, text .* s, parse .* s, draw .* s, encode .* s\)/u,
      );
      const built = await folio(["build", "--content", content, "--out", join(tmp, "data"), ...work]);
      expect(built.code).toBe(0);
      expect(built.out).toMatch(
        /0 PDF pages parsed, 2 from the cache; page images: 0 pages and 0 photos drawn, 2 pages and 1 photos from the cache/u,
      );
    },
    HEAVY,
  );

  it(
    "a bad file stops the import with its one-line error, and no content is written",
    async () => {
      const input = join(tmp, "bad");
      await mkdir(input);
      await copyFile(fixture("pdf-jump-front"), join(input, "page-1.pdf"));
      await writeFile(join(input, "page-2.pdf"), "not a pdf");
      const content = join(tmp, "bad-content");
      const run = await folio([
        "import",
        "pdf",
        input,
        "--paper",
        "lab",
        "--date",
        "2023-02-27",
        "--out",
        content,
        "--cache",
        join(tmp, "cache"),
        "--jobs",
        "2",
      ]);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^folio: .*page-2\.pdf: not a readable PDF/mu);
      expect(existsSync(content)).toBe(false);
    },
    HEAVY,
  );
});
