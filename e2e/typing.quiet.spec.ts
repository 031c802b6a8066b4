import { Reader } from "./pages/reader";
import { Search } from "./pages/search";
import { expect, test } from "./support/test";

/**
 * Typing a search: `/` focuses the box, every keystroke arrives, results follow, and the search runs
 * in a worker, off the page's main thread. The main thread's long tasks while typing are measured and
 * printed (a number, not a pass/fail threshold: a timing threshold fails on a busy machine). A
 * `.quiet` spec runs after the other specs, one test at a time (see playwright.config.ts), so that
 * the number is the page's, not the other test browsers'.
 */
test.describe("typing a search", () => {
  test("/ focuses the search box; typing reaches the box whole and searches in a worker", async ({ page }) => {
    const reader = new Reader(page);
    await reader.openHome();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: "longtask" });
    });
    const worker = page.waitForEvent("worker");
    await page.keyboard.press("/");
    const search = new Search(page);
    await expect(search.box()).toBeFocused();
    await page.keyboard.type("茂南区委书记", { delay: 40 });
    await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
    expect((await worker).url()).toMatch(/search-worker/u);
    await page.keyboard.press("Backspace");
    await page.keyboard.type("记廖述毅", { delay: 40 });
    await expect(search.box()).toHaveValue("茂南区委书记廖述毅");
    await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const over50 = longTasks.filter((d) => d > 50);
    const line = `main-thread long tasks while typing: ${longTasks.length} (over 50 ms: ${over50.length}, longest ${Math.round(Math.max(0, ...longTasks))} ms)`;
    test.info().annotations.push({ type: "measurement", description: line });
    console.log(`${test.info().project.name}: ${line}`);
  });
});
