import { Reader } from "./pages/reader";
import { Search } from "./pages/search";
import { expect, test } from "./support/test";

/**
 * Timing: no long task on the main thread while the reader types a search. A `.quiet` spec runs
 * after the other specs, one test at a time (see playwright.config.ts), so that what it measures
 * is the page, not the other test browsers competing for the same cores.
 */
test.describe("typing a search", () => {
  test("/ focuses the search box, and typing never blocks the page", async ({ page }) => {
    const reader = new Reader(page);
    await reader.openHome();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: "longtask" });
    });
    await page.keyboard.press("/");
    const search = new Search(page);
    await expect(search.box()).toBeFocused();
    await page.keyboard.type("茂南区委书记", { delay: 40 });
    await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
    await page.keyboard.press("Backspace");
    await page.keyboard.type("记廖述毅", { delay: 40 });
    await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(longTasks.filter((d) => d > 50)).toEqual([]);
  });
});
