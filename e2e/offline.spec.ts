import { Offline } from "./pages/offline";
import { articlePath, seed } from "./support/seed";
import { expect, test } from "./support/test";

test.describe("reading offline", () => {
  // Offline, the browser logs each request it could not make; those are expected here.
  test.use({ allowConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to load resource/u });

  test("meets the install criteria: a web app manifest and an active service worker", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.webmanifest");
    const manifest = (await (await request.get(href!)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: "Folio 报纸阅读器",
      short_name: "Folio",
      display: "standalone",
      start_url: "./",
    });
    expect(manifest.theme_color).toMatch(/^#/u);
    const icons = manifest.icons as { sizes: string; purpose: string }[];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons as { src: string }[])
      expect((await request.get(`/${icon.src}`)).status()).toBe(200);
    await new Offline(page, page.context()).waitForServiceWorker();
  });

  test("a saved issue reads offline, every article, reloads included", async ({ page, context }) => {
    const offline = new Offline(page, context);
    await page.goto("/maonan/2023-02-26/");
    await offline.waitForServiceWorker();
    await offline.saveThisIssue();
    await offline.goOffline();
    for (const article of seed.articles) {
      await page.goto(articlePath(article.seq));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    }
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.articles.at(-1)!.title);
    await page.goto("/archive/");
    await expect(page.getByRole("region", { name: "已保存的期次（可离线阅读）" })).toContainText("茂南区新闻");
  });

  test("保存本期, its saving code not in the first view, saves and removes after a client-side navigation", async ({
    page,
    context,
  }) => {
    const offline = new Offline(page, context);
    const documents: string[] = [];
    const savingCode = /\/assets\/saved-issues-[^/ ]*\.js/u;
    page.on("request", (request) => {
      if (request.resourceType() === "document") documents.push(new URL(request.url()).pathname);
    });
    await page.goto("/people/");
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await page.getByRole("link", { name: "Folio 首页" }).click();
    const save = page.getByRole("button", { name: "保存本期" });
    await expect(save).toBeVisible();
    expect(documents, "the home page is reached without loading a document").toEqual(["/people/"]);
    // The first view's code (what the boot preloads and runs before hydrating) leaves it out: it
    // loads once the page is interactive (main.tsx) or on the click, whichever comes first.
    const firstView = await page.locator('meta[name="folio:modules"]').getAttribute("content");
    expect(firstView).toMatch(/\/assets\/main-/u);
    expect(firstView).not.toMatch(savingCode);
    const before = await offline.cachedPaths();
    await offline.saveThisIssue();
    // The issue's pages and articles (their HTML) are what the save added; removing takes them out again.
    const savedPages = (await offline.cachedPaths()).filter((path) => path.endsWith("/") && !before.includes(path));
    expect(savedPages.length).toBeGreaterThan(1);
    await page.getByRole("button", { name: "移除离线副本" }).click();
    await expect(save).toBeVisible();
    await expect
      .poll(async () => (await offline.cachedPaths()).filter((path) => savedPages.includes(path)))
      .toEqual([]);
    expect(documents).toEqual(["/people/"]);
  });

  test("an issue the reader opened stays readable offline, even articles not yet opened", async ({ page, context }) => {
    const offline = new Offline(page, context);
    await page.goto("/rmrb/2001-05-01/");
    await offline.waitForServiceWorker();
    await offline.waitUntilKept("/data/issues/rmrb/2001-05-01.");
    // Every page's text file with it, not only the page opened (an issue is its file and one text file per page).
    await offline.waitUntilKept("/data/issues/rmrb/2001-05-01/1.");
    await offline.waitUntilKept("/data/issues/rmrb/2001-05-01/3.");
    // The issue's year file too: its pages read previous/next from it.
    await offline.waitUntilKept("/data/archive/rmrb/2001.");
    await offline.goOffline();
    await page.goto("/rmrb/2001-05-01/3/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/人民日报/u);
    await page.goto("/rmrb/2001-05-01/1/1/");
    await expect(page.getByRole("article").getByRole("heading", { level: 1 })).not.toBeEmpty();
  });

  test("an article opened once the worker runs keeps its issue's other pages: they read offline", async ({
    page,
    context,
  }) => {
    const offline = new Offline(page, context);
    await page.goto("/");
    await offline.waitForServiceWorker();
    // Opened with the worker in control: the view fetches its own page's text, the rest follows in idle time.
    await page.goto("/rmrb/2001-05-02/2/1/");
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await offline.waitUntilKept("/data/issues/rmrb/2001-05-02/1.");
    await offline.goOffline();
    await page.goto("/rmrb/2001-05-02/1/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/人民日报/u);
    await page.goto("/rmrb/2001-05-02/1/2/");
    await expect(page.getByRole("article").getByRole("heading", { level: 1 })).not.toBeEmpty();
    await expect(page.getByRole("article").getByRole("paragraph").first()).not.toBeEmpty();
  });

  test("an unsaved issue offline shows the offline page, not a browser error", async ({ page, context }) => {
    const offline = new Offline(page, context);
    await page.goto("/");
    await offline.waitForServiceWorker();
    await offline.goOffline();
    await page.goto("/rmrb/2001-05-02/1/1/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("现在处于离线状态");
    await expect(page.getByRole("alert")).toContainText("保存本期");
  });
});
