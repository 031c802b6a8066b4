import type { Page } from "@playwright/test";
import type { DrawnImage } from "../src/bundle/schema";
import { chooseRendition } from "../src/app/features/issue/api/rendition";
import { expect, test } from "./support/test";
import { pdfArticlePath, pdfPagePath, printedIssue } from "./support/printed-issue";

/**
 * Issue 17 for the printed page and a PDF article: their largest paint is an image (the page
 * image, the article's photo). The HTML names it with its priority and the ladder the phone picks
 * from, so the browser fetches it before any script runs; the app's code and data wait until it
 * is painted (the text is painted before it), so that on a slow link it has the network to itself.
 */
function views(): { name: string; path: string; image: DrawnImage }[] {
  const issue = printedIssue();
  const first = issue.pages.find((p) => p.pdf?.image !== undefined)!;
  const withPhoto = issue.pages.flatMap((p) => p.articles).find((a) => a.photos?.some((ph) => ph.image))!;
  const [pageNo, seq] = withPhoto.id.split("-").map(Number);
  return [
    { name: "the printed page", path: pdfPagePath(first.no), image: first.pdf!.image! },
    {
      name: "a PDF article",
      path: pdfArticlePath(pageNo!, seq!),
      image: withPhoto.photos!.find((p) => p.image)!.image!,
    },
  ];
}

/** The attributes of each `<tag>` in the HTML as served (before any script). */
function tags(html: string, tag: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "giu"))].map(
    ([, attributes]) =>
      new Map(
        [...attributes!.matchAll(/([\w-]+)(?:="([^"]*)")?/gu)].map(([, name, value]) => [
          name!.toLowerCase(),
          (value ?? "").replaceAll("&amp;", "&"),
        ]),
      ),
  );
}

test.describe("the largest image, without scripts", () => {
  test.use({ javaScriptEnabled: false });

  for (const { name, path, image } of views())
    test(`${name}: the HTML names it with its priority, and the browser fetches the rendition it shows, once`, async ({
      page,
    }) => {
      const html = await (await page.request.get(path)).text();
      const marked = tags(html, "img").filter((img) => img.get("fetchpriority") === "high");
      expect(marked, "one image marked as the page's largest paint").toHaveLength(1);
      const img = marked[0]!;
      expect(img.get("elementtiming")).toBeTruthy();
      expect(img.has("loading")).toBe(false);
      // Decoded for the frame that paints it: arrived before the first paint, it is painted with the text.
      expect(img.get("decoding")).toBe("sync");
      for (const source of image.sources) expect(img.get("srcset")).toContain(`${source.file} ${source.width}w`);
      // Preloaded with the same ladder and sizes, so the preload and the image pick the same file.
      const preload = tags(html, "link").find((l) => l.get("rel") === "preload" && l.get("as") === "image");
      expect(preload?.get("imagesrcset")).toBe(img.get("srcset"));
      expect(preload?.get("imagesizes")).toBe(img.get("sizes"));
      expect(preload?.get("fetchpriority")).toBe("high");

      const fetched: string[] = [];
      page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(path);
      const shown = page.locator("img[fetchpriority=high]");
      await expect
        .poll(() => shown.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      const { width, dpr, current } = await shown.evaluate((el: HTMLImageElement) => ({
        width: el.getBoundingClientRect().width,
        dpr: window.devicePixelRatio,
        current: new URL(el.currentSrc).pathname,
      }));
      // The narrowest rendition at least as wide as the pixels it fills (the widest when none is).
      const expected = chooseRendition(image.sources, width * dpr);
      expect(current).toContain(expected.file);
      const rungs = fetched.filter((p) => image.sources.some((s) => p.endsWith(s.file)));
      expect(rungs, "one rendition fetched").toEqual([current]);
    });
});

/** The thumbnail files of the printed issue's pages (版面导航). */
function thumbFiles(): string[] {
  return printedIssue().pages.flatMap((p) => (p.pdf?.thumb === undefined ? [] : [p.pdf.thumb.file]));
}

test.describe("the printed page's thumbnails, without scripts", () => {
  test.use({ javaScriptEnabled: false });

  test("the HTML names no thumbnail image (only the pages' numbers and names), so none is fetched beside the page image", async ({
    page,
  }) => {
    const thumbs = thumbFiles();
    expect(thumbs.length, "the issue has thumbnails").toBeGreaterThan(1);
    const html = await (await page.request.get(pdfPagePath(1))).text();
    for (const file of thumbs) expect(html, file).not.toContain(file);
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(pdfPagePath(1));
    const nav = page.getByRole("navigation", { name: "全部版面" });
    await expect(nav.getByRole("link")).toHaveCount(printedIssue().pages.length);
    await expect(nav.getByRole("link").first()).toContainText("1");
    // In their place, an empty frame each, at its image's size.
    await expect(nav.locator("svg.page-thumb-frame")).toHaveCount(thumbs.length);
    expect(fetched.filter((path) => thumbs.some((file) => path.endsWith(file)))).toEqual([]);
  });
});

/** The box of each thumbnail (its frame before the app, its image after), in page order. */
async function thumbBoxes(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const boxes = await page
    .getByRole("navigation", { name: "全部版面" })
    .locator(selector)
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  return boxes.map(({ x, y, width, height }) => ({ x, y, width, height }));
}

test("the printed page's thumbnails: each image takes exactly its frame's box, so nothing moves when they are drawn", async ({
  browser,
  viewport,
}) => {
  const count = thumbFiles().length;
  const before = await browser.newContext({ javaScriptEnabled: false, viewport });
  const plain = await before.newPage();
  await plain.goto(pdfPagePath(1));
  const frames = await thumbBoxes(plain, "svg.page-thumb-frame");
  await before.close();
  const after = await browser.newContext({ viewport });
  const app = await after.newPage();
  await app.goto(pdfPagePath(1));
  await expect(app.locator("html[data-hydrated]")).toHaveCount(1);
  await expect(app.getByRole("navigation", { name: "全部版面" }).locator("img")).toHaveCount(count);
  const images = await thumbBoxes(app, "img");
  await after.close();
  expect(frames).toHaveLength(count);
  // The frames are real boxes of a page's shape, not collapsed.
  for (const frame of frames) expect(frame.height).toBeGreaterThan(frame.width);
  for (const [i, image] of images.entries())
    for (const key of ["x", "y", "width", "height"] as const)
      expect(Math.abs(image[key] - frames[i]![key]), `thumbnail ${i + 1} ${key}`).toBeLessThan(0.5);
});

/** When the largest image was painted, the first contentful paint, and when each of the app's files was requested (ms since navigation). */
async function timeline(page: Page, bootFiles: string[]) {
  return page.evaluate(async (bootFiles) => {
    // Its paint as element timing reports it, or as the largest contentful paint when it is that.
    const painted = await new Promise<number>((resolve) => {
      for (const type of ["element", "largest-contentful-paint"])
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            element: Element | null;
            renderTime: number;
          })[])
            if (entry.element?.getAttribute("fetchpriority") === "high") resolve(entry.renderTime || entry.startTime);
        }).observe({ type, buffered: true });
    });
    const meta = (name: string) =>
      (document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? "").split(" ").filter(Boolean);
    const appFiles = new Set(
      [...meta("folio:modules"), ...meta("folio:data"), ...meta("folio:stylesheet")].filter(
        (file) => !bootFiles.includes(file),
      ),
    );
    const requested = performance
      .getEntriesByType("resource")
      .filter((r) => appFiles.has(new URL(r.name).pathname))
      .map((r) => ({ path: new URL(r.name).pathname, at: r.startTime }));
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity;
    return { painted, fcp, requested };
  }, bootFiles);
}

test.describe("the largest image, with the app", () => {
  for (const { name, path } of views())
    test(`${name}: the text is painted first, then the image, and only then are the app's code and data fetched`, async ({
      page,
    }) => {
      // The boot's own files (its script and what the HTML preloads for it) load with the HTML.
      const html = await (await page.request.get(path)).text();
      const bootFiles = [
        ...tags(html, "script").map((s) => s.get("src")),
        ...tags(html, "link").map((l) => (l.get("rel") === "modulepreload" ? l.get("href") : undefined)),
      ].filter((file) => file !== undefined);
      await page.goto(path);
      await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
      const { painted, fcp, requested } = await timeline(page, bootFiles);
      expect(fcp).toBeLessThanOrEqual(painted);
      expect(requested.length, "the app's files were fetched").toBeGreaterThan(5);
      for (const { path: file, at } of requested) expect(at, file).toBeGreaterThanOrEqual(painted);
    });
});

test("the printed page: its thumbnails are drawn once the app has hydrated it, and fetched only after its image is painted", async ({
  page,
}) => {
  const thumbs = thumbFiles();
  await page.goto(pdfPagePath(1));
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  const images = page.getByRole("navigation", { name: "全部版面" }).locator("img");
  await expect(images).toHaveCount(thumbs.length);
  for (const [i, file] of thumbs.entries())
    await expect(images.nth(i)).toHaveAttribute("src", new RegExp(`${file}$`, "u"));
  // Scrolled into view (lazy on a phone), each one loads.
  await images.last().scrollIntoViewIfNeeded();
  for (let i = 0; i < thumbs.length; i++)
    await expect
      .poll(() => images.nth(i).evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBeGreaterThan(0);
  const { painted, requested } = await page.evaluate(async (thumbs) => {
    const painted = await new Promise<number>((resolve) => {
      for (const type of ["element", "largest-contentful-paint"])
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            element: Element | null;
            renderTime: number;
          })[])
            if (entry.element?.getAttribute("fetchpriority") === "high") resolve(entry.renderTime || entry.startTime);
        }).observe({ type, buffered: true });
    });
    const requested = performance
      .getEntriesByType("resource")
      .filter((r) => thumbs.some((file) => r.name.endsWith(file)))
      .map((r) => ({ path: new URL(r.name).pathname, at: r.startTime }));
    return { painted, requested };
  }, thumbs);
  expect(requested).toHaveLength(thumbs.length);
  for (const { path, at } of requested) expect(at, path).toBeGreaterThanOrEqual(painted);
});
