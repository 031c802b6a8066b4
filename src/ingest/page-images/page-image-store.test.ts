import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Issue } from "@/bundle/schema";
import { joinIssue } from "@/bundle/issue-text";
import { restoreIssue, restorePageText } from "@/bundle/restore";
import { readFile } from "node:fs/promises";
import { main } from "../cli";
import { readContentDirs } from "../content/read-content";
import { taskRunner } from "../workers/pool";
import { writeBundle } from "../write-bundle";
import { drawContentImages } from "./page-image-store";

/** A content issue with two PDF pages (a photo page and a scan), built as `folio build` does. */
const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}/source.pdf`, import.meta.url));
let tmp = "";
let content = "";
let cache = "";
const issueDir = () => join(content, "lab", "2024-06-03");

async function build(out: string) {
  const papers = await readContentDirs([content]);
  const images = await drawContentImages(papers, cache, taskRunner(1));
  const report = await writeBundle(papers, { outDir: out, images });
  const dir = join(out, "issues", "lab");
  const [file] = (await readdir(dir)).filter((name) => name.endsWith(".json"));
  const read = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(out, path), "utf8"));
  const head = restoreIssue(await read(`issues/lab/${file!}`));
  const texts = new Map<string, unknown>();
  for (const page of head.pages) if (page.text !== undefined) texts.set(page.text, await read(page.text));
  const issue: Issue = joinIssue(head, (text) => restorePageText(texts.get(text)));
  return { images, report, issue };
}

async function imageFiles(out: string): Promise<string[]> {
  const dir = join(out, "images", "lab", "2024-06-03");
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-page-images-"));
  content = join(tmp, "content");
  cache = join(tmp, "cache");
  await mkdir(issueDir(), { recursive: true });
  await writeFile(join(content, "lab", "paper.json"), JSON.stringify({ name: "测试样报" }));
  await copyFile(fixture("pdf-photo-caption"), join(issueDir(), "page-1.pdf"));
  await copyFile(fixture("pdf-scanned"), join(issueDir(), "page-2.pdf"));
  await writeFile(
    join(issueDir(), "issue.json"),
    JSON.stringify({
      date: "2024-06-03",
      pages: [
        { no: 1, file: "page-1.pdf" },
        { no: 2, file: "page-2.pdf" },
      ],
    }),
  );
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/**
 * Drawing a page at 2400 px and encoding its ladder takes ~5 s idle and near a minute with the
 * machine loaded 40 deep: these tests get three times the suite's budget.
 */
const HEAVY = 180_000;

describe("page images in the build", () => {
  it(
    "fills the page image, thumbnail and photo crops of PDF pages; files exist under their names; a rebuild draws and writes nothing",
    async () => {
      const out = join(tmp, "data");
      const first = await build(out);
      expect(first.images.drawn).toEqual({ pages: 2, photos: 1 });
      const [photoPage, scan] = first.issue.pages;
      const image = photoPage!.pdf!.image!;
      expect(image.sources.map((s) => s.width)).toEqual([480, 720, 960, 1600, 2400]);
      expect(scan!.pdf!.image!.sources.map((s) => s.width)).toEqual([480]);
      const photo = photoPage!.articles.flatMap((a) => a.photos ?? [])[0]!;
      expect(photo.image?.sources.length).toBeGreaterThan(0);
      const named = [image, scan!.pdf!.image!, photo.image!].flatMap((i) => i.sources);
      named.push(photoPage!.pdf!.thumb!, scan!.pdf!.thumb!);
      for (const r of named) {
        expect(r.file).toMatch(/^images\/lab\/2024-06-03\/\d-[a-z0-9-]+\.[0-9a-f]{12}\.(webp|jpg)$/u);
        // The file's extension and its type say what its bytes are (WebP, the zoom rung JPEG).
        const meta = await sharp(join(out, r.file)).metadata();
        const format = r.file.endsWith(".jpg") ? "jpeg" : "webp";
        expect([meta.format, r.type, meta.width, meta.height]).toEqual([format, `image/${format}`, r.width, r.height]);
      }
      expect(await imageFiles(out)).toEqual([...new Set(named.map((r) => r.file.split("/").at(-1)!))].sort());

      const mtimes = await Promise.all(named.map(async (r) => (await stat(join(out, r.file))).mtimeMs));
      const second = await build(out);
      expect(second.images.drawn).toEqual({ pages: 0, photos: 0 });
      expect(second.images.cached).toEqual({ pages: 2, photos: 1 });
      expect(second.report.written).toBe(0);
      expect(second.issue).toEqual(first.issue);
      expect(await Promise.all(named.map(async (r) => (await stat(join(out, r.file))).mtimeMs))).toEqual(mtimes);

      // A fresh output folder gets the files from the cache: nothing drawn.
      const fresh = await build(join(tmp, "fresh"));
      expect(fresh.images.drawn).toEqual({ pages: 0, photos: 0 });
      expect(await imageFiles(join(tmp, "fresh"))).toEqual(await imageFiles(out));
    },
    HEAVY,
  );

  it(
    "removes the images of a page the issue no longer has",
    async () => {
      const out = join(tmp, "data");
      await build(out);
      const before = await imageFiles(out);
      await writeFile(
        join(issueDir(), "issue.json"),
        JSON.stringify({ date: "2024-06-03", pages: [{ no: 1, file: "page-1.pdf" }] }),
      );
      const { issue, images } = await build(out);
      expect(images.drawn).toEqual({ pages: 0, photos: 0 });
      const after = await imageFiles(out);
      expect(after.every((f) => f.startsWith("1-"))).toBe(true);
      expect(before.filter((f) => f.startsWith("2-")).length).toBeGreaterThan(0);
      expect(after).toEqual(before.filter((f) => f.startsWith("1-")));
      expect(issue.pages).toHaveLength(1);
    },
    HEAVY,
  );

  it(
    "folio build: a rebuild parses no unchanged PDF page again and draws nothing (on worker threads too)",
    async () => {
      const folio = async (args: string[]) => {
        const out: string[] = [];
        const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
        const std = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
        try {
          expect(await main(args)).toBe(0);
        } finally {
          err.mockRestore();
          std.mockRestore();
        }
        return out.join("");
      };
      const args = ["build", "--content", content, "--out", join(tmp, "cli"), "--cache", join(tmp, "cli-cache")];
      expect(await folio([...args, "--jobs", "2"])).toMatch(
        /1 PDF pages parsed, 0 from the cache; page images: 1 pages and 1 photos drawn/u,
      );
      expect(await folio([...args, "--jobs", "2"])).toMatch(
        /0 files written, 0 removed; .*0 PDF pages parsed, 1 from the cache; page images: 0 pages and 0 photos drawn, 1 pages and 1 photos from the cache/u,
      );
    },
    HEAVY,
  );
});
