import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSchema, type Issue } from "@/bundle/schema";
import { readFile } from "node:fs/promises";
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
  const [file] = await readdir(dir);
  const issue: Issue = issueSchema.parse(JSON.parse(await readFile(join(dir, file!), "utf8")));
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

describe("page images in the build", () => {
  it("fills the page image, thumbnail and photo crops of PDF pages; files exist under their names; a rebuild draws and writes nothing", async () => {
    const out = join(tmp, "data");
    const first = await build(out);
    expect(first.images.drawn).toEqual({ pages: 2, photos: 1 });
    const [photoPage, scan] = first.issue.pages;
    const image = photoPage!.pdf!.image!;
    expect(image.sources.map((s) => s.width)).toEqual([480, 960, 1600, 2400]);
    expect(scan!.pdf!.image!.sources.map((s) => s.width)).toEqual([480]);
    const photo = photoPage!.articles.flatMap((a) => a.photos ?? [])[0]!;
    expect(photo.image?.sources.length).toBeGreaterThan(0);
    const named = [image, scan!.pdf!.image!, photo.image!].flatMap((i) => i.sources);
    named.push(photoPage!.pdf!.thumb!, scan!.pdf!.thumb!);
    for (const r of named) {
      expect(r.file).toMatch(/^images\/lab\/2024-06-03\/\d-[a-z0-9-]+\.[0-9a-f]{12}\.webp$/u);
      const meta = await sharp(join(out, r.file)).metadata();
      expect([meta.width, meta.height]).toEqual([r.width, r.height]);
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
  });

  it("removes the images of a page the issue no longer has", async () => {
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
  });
});
