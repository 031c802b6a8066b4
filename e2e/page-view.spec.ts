import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { PageView } from "./pages/page-view";
import { pdfArticlePath, pdfPagePath, printedIssue } from "./support/printed-issue";

/** The PDF pages of the e2e issue that have articles with regions, and their regions' names in reading order. */
function pagesWithRegions() {
  return printedIssue().pages.filter((p) => p.articles.some((a) => (a.boxes?.length ?? 0) > 0));
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("the printed page (版面图)", () => {
  test("shows the page image, sized before it loads, drawn from the ladder", async ({ page }) => {
    const issue = printedIssue();
    const first = issue.pages[0]!;
    const image = first.pdf!.image!;
    const view = new PageView(page);
    await view.open(pdfPagePath(first.no));
    const img = view.image();
    await expect(img).toBeVisible();
    // Sized by its attributes (nothing shifts when it loads) in the page's proportions.
    const width = Number(await img.getAttribute("width"));
    const height = Number(await img.getAttribute("height"));
    expect(height / width).toBeCloseTo(first.pdf!.height / first.pdf!.width, 1);
    const srcset = (await img.getAttribute("srcset")) ?? "";
    for (const source of image.sources) expect(srcset).toContain(`${source.file} ${source.width}w`);
    expect(await img.getAttribute("sizes")).toBeTruthy();
    // The placeholder is in the HTML first; the image loads.
    // (an SVG image under the picture: a backdrop, not an <img> that audits would judge as the picture)
    await expect(page.locator(".page-placeholder image").first()).toHaveAttribute("href", image.placeholder);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    const box = (await img.boundingBox())!;
    expect(box.height / box.width).toBeCloseTo(first.pdf!.height / first.pdf!.width, 1);
    // Fits the width of the screen (a phone) or of its column (a desktop).
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test("Tab walks the regions in reading order, each named by its headline", async ({ page }) => {
    const view = new PageView(page);
    for (const printed of pagesWithRegions()) {
      const titles = printed.articles.filter((a) => (a.boxes?.length ?? 0) > 0).map((a) => a.title);
      await view.open(pdfPagePath(printed.no));
      await expect(view.regions()).toHaveCount(titles.length);
      for (const title of titles) await expect(view.region(title)).toHaveCount(1);
      await view.regions().first().focus();
      const walked = [await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))];
      for (let i = 1; i < titles.length; i++) {
        await page.keyboard.press("Tab");
        walked.push(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")));
      }
      expect(walked).toEqual(titles);
      // The focused region is marked (its outline is drawn), the others are not. The outline fades
      // in and out (a 0.15 s transition), so the style is polled until it has settled.
      const stroke = (n: number) =>
        view
          .regions()
          .nth(n)
          .locator("rect")
          .first()
          .evaluate((el) => getComputedStyle(el).stroke);
      await expect.poll(() => stroke(titles.length - 1)).not.toMatch(/rgba\(0, 0, 0, 0\)|none/u);
      if (titles.length > 1) await expect.poll(() => stroke(0)).toMatch(/rgba\(0, 0, 0, 0\)|none/u);
    }
  });

  test("a click or a tap on a region opens its article; Enter on a focused region too", async ({ page, isMobile }) => {
    const printed = pagesWithRegions().at(-1)!;
    const [one, two] = printed.articles;
    const view = new PageView(page);
    await view.open(pdfPagePath(printed.no));
    // On one of its boxes (the middle of an L-shaped region may be another article's).
    const box = view.region(one!.title).locator("rect").first();
    if (isMobile) await box.tap();
    else await box.click();
    await expect(page).toHaveURL(pdfArticlePath(printed.no, one!.seq));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(one!.title);
    await page.goBack();
    await view.region(two!.title).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(pdfArticlePath(printed.no, two!.seq));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(two!.title);
  });

  test("「在版面中查看」 opens the page with the article's region highlighted, in a fresh page too", async ({
    page,
  }) => {
    const printed = pagesWithRegions().at(-1)!;
    const article = printed.articles.at(-1)!;
    const view = new PageView(page);
    await view.open(pdfArticlePath(printed.no, article.seq));
    // The locator beside the article marks its region on the page's thumbnail.
    await expect(page.locator(".page-locator-box")).toHaveCount(article.boxes!.length);
    await page.getByRole("link", { name: "在版面中查看" }).first().click();
    await expect(page).toHaveURL(`${pdfPagePath(printed.no)}#region-${article.seq}`);
    const region = view.region(article.title);
    await expect(region).toHaveClass(/page-region-highlight/u);
    await expect(region).toBeInViewport();
    const others = view.regions().and(page.locator(".page-region-highlight"));
    await expect(others).toHaveCount(1);

    // The same address, opened afresh: the prerendered page marks it before any script (:target).
    const fresh = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const noScript = await fresh.newPage();
    await noScript.goto(new URL(`${pdfPagePath(printed.no)}#region-${article.seq}`, page.url()).href);
    const marked = noScript.locator(`#region-${article.seq}`);
    expect(await marked.evaluate((el) => el.matches(":target"))).toBe(true);
    // Polled: the mark may fade in (a 0.15 s transition) when :target applies after the first style.
    const stroke = () =>
      marked
        .locator("rect")
        .first()
        .evaluate((el) => getComputedStyle(el).stroke);
    await expect.poll(stroke).not.toMatch(/^none$|rgba\(0, 0, 0, 0\)|transparent/u);
    await fresh.close();
  });

  test("zooms in steps (buttons and keys): the page grows and a wider rendition is drawn", async ({ page }) => {
    const printed = pagesWithRegions()[0]!;
    const view = new PageView(page);
    await view.open(pdfPagePath(printed.no));
    const fitted = (await view.image().boundingBox())!.width;
    const fittedSource = await view.image().evaluate((el: HTMLImageElement) => el.currentSrc);
    const fittedWidth = printed.pdf!.image!.sources.find((s) => fittedSource.endsWith(s.file))!.width;
    await view.zoomIn();
    await view.zoomIn();
    await expect(view.zoomLevel()).toHaveText("200%");
    await expect.poll(async () => (await view.image().boundingBox())!.width).toBeCloseTo(fitted * 2, -1);
    // The frame scrolls now: the page is wider than it.
    expect(await view.viewport().evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const wide = page.locator(".page-image-wide-loaded");
    await expect(wide).toHaveCount(1);
    expect(Number(await wide.getAttribute("data-width"))).toBeGreaterThan(fittedWidth);
    // Keys, with the focus in the page: + in, - out, 0 back to the fit.
    await view.regions().first().focus();
    await page.keyboard.press("+");
    await expect(view.zoomLevel()).toHaveText("300%");
    await page.keyboard.press("-");
    await expect(view.zoomLevel()).toHaveText("200%");
    await page.keyboard.press("0");
    await expect(view.zoomLevel()).toHaveText("100%");
    await expect.poll(async () => (await view.image().boundingBox())!.width).toBeCloseTo(fitted, -1);
  });

  test("zoomed, the page pans: by dragging with a mouse, natively by touch; pinch-zoom is never blocked", async ({
    page,
    isMobile,
  }) => {
    const printed = pagesWithRegions()[0]!;
    const view = new PageView(page);
    await view.open(pdfPagePath(printed.no));
    await view.zoomIn();
    await view.zoomIn();
    const frame = view.viewport();
    if (isMobile) {
      // A phone pans a scrolling frame itself, and pinch-zooms the page: nothing may forbid either.
      expect(await frame.evaluate((el) => [getComputedStyle(el).overflowX, getComputedStyle(el).touchAction])).toEqual([
        "auto",
        "auto",
      ]);
      expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth && el.scrollHeight > el.clientHeight)).toBe(
        true,
      );
      expect(await page.locator('meta[name="viewport"]').getAttribute("content")).not.toMatch(
        /user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/u,
      );
      return;
    }
    const box = (await frame.boundingBox())!;
    const before = await frame.evaluate((el) => [el.scrollLeft, el.scrollTop]);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 100, { steps: 6 });
    await page.mouse.up();
    const after = await frame.evaluate((el) => [el.scrollLeft, el.scrollTop]);
    expect(after[0]! - before[0]!).toBeGreaterThan(100);
    expect(after[1]! - before[1]!).toBeGreaterThan(50);
    // The drag ended over a region: it opened nothing.
    await expect(page).toHaveURL(pdfPagePath(printed.no));
  });

  test("the 本版标题 view is one toggle away and is remembered across a reload", async ({ page }) => {
    const printed = pagesWithRegions()[0]!;
    const view = new PageView(page);
    await view.open(pdfPagePath(printed.no));
    await expect(view.viewButton("版面图")).toHaveAttribute("aria-pressed", "true");
    await view.viewButton("本版标题").click();
    await expect(view.image()).toBeHidden();
    const teaser = page.getByRole("main").getByRole("article").first();
    await expect(teaser).toBeVisible();
    await expect(teaser.getByRole("heading", { level: 2 })).toHaveText(printed.articles[0]!.title);
    await page.reload();
    // Before and after hydration: the stored choice is applied before first paint.
    await expect(view.image()).toBeHidden();
    await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await expect(view.viewButton("本版标题")).toHaveAttribute("aria-pressed", "true");
    await view.viewButton("版面图").click();
    await expect(view.image()).toBeVisible();
    await page.reload();
    await expect(view.image()).toBeVisible();
  });

  test("the page thumbnails (全部版面) list every page and lead to it", async ({ page }) => {
    const issue = printedIssue();
    const view = new PageView(page);
    await view.open(pdfPagePath(1));
    await expect(view.thumbnails()).toHaveCount(issue.pages.length);
    await expect(view.thumbnails().first()).toHaveAttribute("aria-current", "page");
    const target = issue.pages[2]!;
    await view.thumbnails().nth(2).click();
    await expect(page).toHaveURL(pdfPagePath(target.no));
    await expect(view.thumbnails().nth(2)).toHaveAttribute("aria-current", "page");
    await expect(view.thumbnails().nth(2).locator("img")).toHaveAttribute(
      "src",
      new RegExp(`${target.pdf!.thumb!.file}$`, "u"),
    );
    await expect(page.getByRole("heading", { level: 1 }).locator("xpath=..")).toContainText(`第${target.no}版`);
  });

  test("a scanned page shows its image and says it has no text yet", async ({ page }) => {
    const scanned = printedIssue().pages.find((p) => p.articles.length === 0 && p.unassigned.length === 0)!;
    const view = new PageView(page);
    await view.open(pdfPagePath(scanned.no));
    await expect(view.notice()).toHaveText(/扫描图像，暂无文字/u);
    await expect(view.image()).toBeVisible();
    await expect(view.regions()).toHaveCount(0);
  });

  test("a garbled page says its text cannot be read and shows none of it", async ({ page }) => {
    const garbled = printedIssue().pages.find((p) => p.articles.length === 0 && p.unassigned.length > 0)!;
    const view = new PageView(page);
    await view.open(pdfPagePath(garbled.no));
    await expect(view.notice()).toHaveText(/文字无法识别/u);
    await expect(view.regions()).toHaveCount(0);
    const text = await page.getByRole("main").innerText();
    for (const u of garbled.unassigned) expect(text).not.toContain(u.text.slice(0, 8));
    expect(text).not.toMatch(/[\ue000-\uf8ff]/u);
  });

  test("an article shows its photo with its caption, and its jump lines link its parts", async ({ page }) => {
    const issue = printedIssue();
    const withPhoto = issue.pages.flatMap((p) => p.articles).find((a) => a.photos?.some((ph) => ph.image))!;
    const photo = withPhoto.photos!.find((ph) => ph.image)!;
    const [pageNo, seq] = withPhoto.id.split("-").map(Number);
    const view = new PageView(page);
    await view.open(pdfArticlePath(pageNo!, seq!));
    const figure = page.getByRole("figure").filter({ has: page.locator(".article-photo-image") });
    await expect(figure.locator("figcaption")).toHaveText(photo.caption!);
    const img = figure.locator(".article-photo-image");
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

    // The jump lines: to the other part when the build linked the two (`jumps[].article`), else to its page.
    const articles = issue.pages.flatMap((p) => p.articles);
    const jumped = articles.find((a) => a.jumps?.some((j) => j.direction === "to"))!;
    const jump = jumped.jumps!.find((j) => j.direction === "to")!;
    const [fromPage, fromSeq] = jumped.id.split("-").map(Number);
    const target = (article: string | undefined, pageNo: number) => {
      const [no, seq] = (article ?? "").split("-").map(Number);
      return article === undefined ? pdfPagePath(pageNo) : pdfArticlePath(no!, seq!);
    };
    await view.open(pdfArticlePath(fromPage!, fromSeq!));
    await page.getByRole("link", { name: new RegExp(`下转第${jump.page}版`, "u") }).click();
    await expect(page).toHaveURL(target(jump.article, jump.page));
    const back = articles.find((a) => a.jumps?.some((j) => j.direction === "from" && j.page === fromPage))!;
    const backJump = back.jumps!.find((j) => j.direction === "from")!;
    const [backPage, backSeq] = back.id.split("-").map(Number);
    await view.open(pdfArticlePath(backPage!, backSeq!));
    await page.getByRole("link", { name: new RegExp(`上接第${fromPage}版`, "u") }).click();
    await expect(page).toHaveURL(target(backJump.article, backJump.page));
  });

  // One test per view (axe is slow on a busy machine): the page, the page zoomed, a PDF article.
  for (const [name, zoomed, article] of [
    ["the page view", false, false],
    ["the zoomed page view", true, false],
    ["a PDF article", false, true],
  ] as const)
    test(`${name} is axe clean`, async ({ page }) => {
      const printed = pagesWithRegions()[0]!;
      const view = new PageView(page);
      const path = article ? pdfArticlePath(printed.no, printed.articles[0]!.seq) : pdfPagePath(printed.no);
      await view.open(path);
      if (zoomed) {
        await view.zoomIn();
        await expect(view.zoomLevel()).toHaveText("150%");
      }
      expect(await seriousViolations(page), path).toEqual([]);
    });
});
