import type { Page, Route } from "@playwright/test";
import { Search } from "./pages/search";
import { expect, test } from "./support/test";

/**
 * Issue 17: the search page draws its first results before the app has loaded (the page's entry
 * runs the URL's search in the worker and draws the answer), and the app then takes over what is
 * drawn: the same elements (nothing drawn twice, no flash), and the worker asked once.
 */

/** The app's own code: React's DOM renderer and the app's entry. The page's entry and the search worker still load. */
const APP_CODE = /\/assets\/(?:client|main)-[\w-]+\.js(?:\?.*)?$/u;
/** The search worker's script. */
const WORKER = /\/assets\/search-worker-[\w-]+\.js(?:\?.*)?$/u;

/** Holds back the requests for `pattern` until the returned function lets them go. */
async function holdBack(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  await page.route(pattern, (route) => (released ? route.continue() : void held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
}

/** Counts the searches the page asks its search worker for (`window.__searches`). */
async function countSearches(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counter = window as unknown as { __searches: number };
    counter.__searches = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      const message = args[0];
      if (typeof message === "object" && message !== null && (message as { type?: unknown }).type === "search")
        counter.__searches++;
      return (post as (...a: unknown[]) => void).apply(this, args);
    } as Worker["postMessage"];
  });
  return () => page.evaluate(() => (window as unknown as { __searches: number }).__searches);
}

test.describe("the search page's first results", () => {
  test.afterEach(async ({ page }) => page.unrouteAll({ behavior: "ignoreErrors" }));

  test("are drawn before the app's code has run, and the app takes them over as drawn", async ({ page }) => {
    const searches = await countSearches(page);
    const release = await holdBack(page, APP_CODE);
    const search = new Search(page);
    await page.goto("/search/?q=%E8%8C%82%E5%8D%97", { waitUntil: "commit" });

    // Before the app: the results, with the heading and summary the app would show.
    await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“茂南”的搜索结果");
    const count = await search.results().count();
    expect(count).toBeGreaterThan(0);
    await expect(search.results().first().locator("mark").first()).toHaveText("茂南");
    // The app has not run: the header's box is as prerendered, empty (the app fills it from the URL).
    await expect(search.box()).toHaveValue("");
    const drawn = await search.results().allInnerTexts();
    const more = await page.getByRole("button", { name: "显示更多结果" }).count();
    await test.info().attach("results before the app", { body: await page.screenshot(), contentType: "image/png" });

    // Mark what is drawn and watch it: the app must keep these very elements.
    await page.evaluate(() => {
      const list = document.querySelector("main ol")!;
      (list as unknown as { __early: boolean }).__early = true;
      (window as unknown as { __changes: number }).__changes = 0;
      new MutationObserver((records) => {
        (window as unknown as { __changes: number }).__changes += records.length;
      }).observe(document.querySelector("main")!, { childList: true, subtree: true, characterData: true });
    });

    await release();
    // The app has hydrated: it filled the header's box from the URL.
    await expect(search.box()).toHaveValue("茂南");
    expect(
      await page.evaluate(() => (document.querySelector("main ol") as unknown as { __early?: boolean }).__early),
    ).toBe(true);
    expect(await search.results().allInnerTexts()).toEqual(drawn);
    expect(await page.getByRole("button", { name: "显示更多结果" }).count()).toBe(more);
    expect(await page.evaluate(() => (window as unknown as { __changes: number }).__changes)).toBe(0);
    expect(await searches()).toBe(1);

    // And the page is the app's: a new query searches and draws its results.
    await search.box().fill("吕晓光");
    await search.box().press("Enter");
    await search.waitForResults(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“吕晓光”的搜索结果");
    expect(await searches()).toBe(2);
  });

  test("come from the same search when the app is there first", async ({ page }) => {
    const searches = await countSearches(page);
    const release = await holdBack(page, WORKER);
    const search = new Search(page);
    await page.goto("/search/?q=%E5%90%95%E6%99%93%E5%85%89");
    // The app has hydrated while the worker's script is held back: still searching.
    await expect(search.box()).toHaveValue("吕晓光");
    await expect(search.status()).toHaveText("正在搜索…");
    await release();
    await search.waitForResults(1);
    await expect(search.results().locator("mark")).toHaveText(["吕晓光"]);
    expect(await searches()).toBe(1);
  });
});
