import AxeBuilder from "@axe-core/playwright";
import { Offline } from "./pages/offline";
import { articlePath, SEED_ISSUE, seed } from "./support/seed";
import { expect, test } from "./support/test";

/**
 * 保存本期 when one of the issue's files cannot be fetched: nothing of that save stays in the
 * caches, the issue is not marked saved, the reader is told so and can retry.
 */
test.describe("saving an issue under faults", () => {
  // The failed file and, offline, each request the browser could not make are logged; expected here.
  test.use({
    allowConsoleErrors: /status of 503|ERR_INTERNET_DISCONNECTED|Failed to load resource: net::ERR_/u,
  });

  test("one failed file saves nothing and says so; 重试 saves the whole issue, which reads offline", async ({
    page,
    context,
  }, testInfo) => {
    const offline = new Offline(page, context);
    await page.goto(SEED_ISSUE);
    await offline.waitForServiceWorker();
    // The issue the reader opened is kept by the service worker whatever happens to the save.
    await offline.waitUntilKept("/data/issues/maonan/2023-02-26.");
    const before = await offline.cachedPaths();
    expect(before.filter((path) => path.startsWith(`${SEED_ISSUE}1/`))).toEqual([]);

    const failing = articlePath(5);
    let fail = true;
    // The context's route also sees requests its service worker makes.
    await context.route(
      (url) => url.pathname === failing,
      async (route) => {
        if (fail) await route.fulfill({ status: 503, contentType: "text/plain", body: "busy" });
        else await route.fallback();
      },
    );
    await page.getByRole("button", { name: "保存本期" }).click();
    await expect(offline.saveStatus()).toHaveText(/保存失败：.*\/1\/5\/.*503.*未保存任何内容/u);
    await expect(page.getByRole("button", { name: "重试" })).toBeVisible();
    await expect(page.getByRole("button", { name: "移除离线副本" })).toHaveCount(0);
    expect(await offline.cachedPaths()).toEqual(before);
    expect(await page.evaluate(() => localStorage.getItem("folio.savedIssues.v1") ?? "[]")).toBe("[]");
    await page.screenshot({ path: `/tmp/faults-offline-${testInfo.project.name}.png` });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

    fail = false;
    await page.getByRole("button", { name: "重试" }).click();
    await expect(offline.saveStatus()).toHaveText(/已保存，可离线阅读/u);
    const after = await offline.cachedPaths();
    for (const article of seed.articles) expect(after).toContain(articlePath(article.seq));

    await offline.goOffline();
    for (const article of seed.articles) {
      await page.goto(articlePath(article.seq));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    }
  });
});
