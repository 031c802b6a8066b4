import AxeBuilder from "@axe-core/playwright";
import type { Page, Route } from "@playwright/test";
import { Reader } from "./pages/reader";
import { Search } from "./pages/search";
import { expect, test } from "./support/test";

/**
 * Search when its worker's script cannot be loaded, as after a deployment that removed the chunk
 * this page names: the script answers 404. The page says so and offers a retry (a new worker);
 * when the retry fails too, a reload (a full page load names the current chunk).
 */

/** The worker's entry chunk, as Vite names it (`assets/search-worker-<hash>.js`). */
const WORKER_SCRIPT = /\/assets\/search-worker-[^/]*\.js$/u;

/** Answers the worker's script with the static host's 404 while `blocked` says so. */
async function blockWorkerScript(page: Page): Promise<{ blocked: boolean; requests: number }> {
  const state = { blocked: true, requests: 0 };
  await page.route(WORKER_SCRIPT, async (route: Route) => {
    state.requests += 1;
    if (state.blocked) await route.fulfill({ status: 404, contentType: "text/html", body: "<!doctype html>404" });
    else await route.continue();
  });
  return state;
}

test.describe("search under faults", () => {
  // The service worker would answer the script from its precache, out of the route's reach.
  // The browser logs the failed script; that one error is expected here.
  test.use({
    serviceWorkers: "block",
    allowConsoleErrors: /Failed to load resource: the server responded with a status of 404/u,
  });

  test("a worker script that fails to load says so at once; 重试 recovers once it loads", async ({
    page,
  }, testInfo) => {
    const worker = await blockWorkerScript(page);
    const reader = new Reader(page);
    await reader.openHome();
    const search = new Search(page);
    await search.typeQuery("乡村振兴");
    await expect(search.status()).toHaveText(/搜索暂时无法使用.*没有加载成功/u);
    await expect(search.retryButton()).toBeVisible();
    await expect(search.reloadButton()).toHaveCount(0);
    await expect(search.results()).toHaveCount(0);
    expect(worker.requests).toBe(1);

    // The header's box does not hang either: another query answers with the same error.
    await search.box().fill("座谈");
    await expect(page).toHaveURL(/\?q=%E5%BA%A7%E8%B0%88/u);
    await expect(search.status()).toHaveText(/搜索暂时无法使用/u);

    await page.screenshot({ path: `/tmp/faults-search-${testInfo.project.name}.png` });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

    worker.blocked = false;
    await search.retryButton().click();
    await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
    await expect(search.results().first()).toBeVisible();
    await expect(search.retryButton()).toHaveCount(0);
    expect(worker.requests).toBe(2);
  });

  test("a worker that fails before the app has loaded is reported once it has, in words", async ({ page }) => {
    // On a search page with a query the worker starts beside the app (boot.ts), so its failure can
    // arrive before the app's entry has run. Hold the app's entry until the worker's error event has
    // been dispatched (counted by a listener added when the worker is made, so it runs just before
    // the search client's own), then let the app in.
    await page.addInitScript(() => {
      const Native = window.Worker;
      const counted = window as unknown as { workerErrors: number };
      counted.workerErrors = 0;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener("error", () => (counted.workerErrors += 1));
        }
      };
    });
    await blockWorkerScript(page);
    await page.route(/\/assets\/main-[^/]*\.js$/u, async (route) => {
      await page.waitForFunction(() => (window as unknown as { workerErrors: number }).workerErrors > 0);
      await route.continue();
    });
    await page.goto("/search/?q=吕晓光");
    const search = new Search(page);
    await expect(search.status()).toHaveText(/搜索暂时无法使用.*没有加载成功/u);
    await expect(search.retryButton()).toBeVisible();
  });

  test("when the retry fails too, the page offers a reload, which recovers", async ({ page }, testInfo) => {
    const worker = await blockWorkerScript(page);
    await page.goto("/search/?q=吕晓光");
    const search = new Search(page);
    await expect(search.status()).toHaveText(/搜索暂时无法使用/u);
    await search.retryButton().click();
    await expect(search.reloadButton()).toBeVisible();
    await expect(search.status()).toHaveText(/搜索暂时无法使用/u);
    expect(worker.requests).toBe(2);
    await page.screenshot({ path: `/tmp/faults-search-reload-${testInfo.project.name}.png` });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

    // The next deployment's page names a chunk that exists: here, the same one, unblocked.
    worker.blocked = false;
    await search.reloadButton().click();
    await search.waitForResults(1);
    await expect(search.reloadButton()).toHaveCount(0);
  });
});
