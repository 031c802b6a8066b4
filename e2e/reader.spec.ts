import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { Reader } from "./pages/reader";
import { articlePath, bare, seed } from "./support/seed";

test.describe("reading the seed issue", () => {
  test("home shows all 8 seed headlines", async ({ page }) => {
    const reader = new Reader(page);
    await reader.openHome();
    await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
    const headlines = (await reader.pageHeadlines().allTextContents()).map(bare);
    expect(headlines).toEqual(seed.articles.map((a) => bare(a.title)));
  });

  for (const article of seed.articles) {
    test(`headline ${article.seq} opens its article with every paragraph`, async ({ page }) => {
      const reader = new Reader(page);
      await reader.openHome();
      await reader.openArticle(article.title);
      await expect(page).toHaveURL(articlePath(article.seq));
      expect(await reader.articleParagraphs()).toEqual(article.paragraphs.map(bare));
      const subtitles = (await page.getByRole("article").locator(".subtitle").allTextContents()).map(bare);
      expect(subtitles).toEqual(article.subtitles.map(bare));
      if (article.caption !== null) await expect(page.getByRole("figure")).toContainText("通讯员 梁宇 摄");
    });
  }

  test("a shared link opens the article in a fresh browser, and reads before JavaScript", async ({
    browser,
    baseURL,
  }) => {
    const article = seed.articles[3]!;
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    const response = await page.goto(`${baseURL}${articlePath(article.seq)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await fresh.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noScript.newPage();
    await staticPage.goto(`${baseURL}${articlePath(article.seq)}`);
    await expect(staticPage.getByRole("heading", { level: 1 })).toHaveText(article.title);
    const paragraphs = (await staticPage.locator(".article-body p").allTextContents()).map(bare);
    expect(paragraphs).toEqual(article.paragraphs.map(bare));
    await noScript.close();
  });

  test("the prerendered article carries a link preview and JSON-LD", async ({ page }) => {
    const article = seed.articles[1]!;
    await page.goto(articlePath(article.seq));
    await expect(page).toHaveTitle(`${article.title} - Folio`);
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    expect(await meta('meta[property="og:title"]')).toBe(article.title);
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await meta('meta[property="og:url"]')).toMatch(new RegExp(`${articlePath(article.seq)}$`, "u"));
    expect(bare((await meta('meta[name="description"]')) ?? "")).toContain(bare(article.paragraphs[0]!).slice(0, 20));
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    ) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      "@type": "NewsArticle",
      headline: article.title,
      author: [{ "@type": "Person", name: "戴柳君" }],
    });
    expect(bare(String(jsonLd.alternativeHeadline))).toBe(bare(article.subtitles[0]!));
  });

  test("previous and next article, by link and by arrow key", async ({ page }) => {
    const reader = new Reader(page);
    await reader.open(articlePath(2));
    await reader.goToNextArticle();
    await expect(reader.articleTitle()).toHaveText(seed.articles[2]!.title);
    await reader.goToPreviousArticle();
    await expect(reader.articleTitle()).toHaveText(seed.articles[1]!.title);
    await page.keyboard.press("ArrowRight");
    await expect(reader.articleTitle()).toHaveText(seed.articles[2]!.title);
    await page.keyboard.press("ArrowLeft");
    await expect(reader.articleTitle()).toHaveText(seed.articles[1]!.title);
    await page.getByRole("link", { name: /返回第1版/u }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
  });

  test("share copies the article's URL and says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.addInitScript(() => {
      // Exercise the copy path even where the platform has a share sheet.
      Object.defineProperty(navigator, "share", { value: undefined, configurable: true });
    });
    const reader = new Reader(page);
    await reader.open(articlePath(5));
    await reader.share();
    await expect(reader.shareStatus()).toHaveText("链接已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${articlePath(5)}`);
  });

  test("share uses the system share sheet where there is one", async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      Object.defineProperty(window, "__shareCalls", { value: calls });
      Object.defineProperty(navigator, "share", {
        value: (data: unknown) => (calls.push(data), Promise.resolve()),
        configurable: true,
      });
      Object.defineProperty(navigator, "canShare", { value: () => true, configurable: true });
    });
    const reader = new Reader(page);
    await reader.open(articlePath(3));
    await reader.share();
    await expect(reader.shareStatus()).toHaveText("已分享");
    const calls = await page.evaluate(() => (window as unknown as { __shareCalls: unknown[] }).__shareCalls);
    expect(calls).toEqual([{ title: seed.articles[2]!.title, url: `${baseURL}${articlePath(3)}` }]);
  });

  test.describe(() => {
    test.use({ allowConsoleErrors: /status of 404/u });
    test("an unknown address shows not found with a way back", async ({ page }) => {
      const response = await page.goto("/maonan/2023-02-26/1/99/");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
      const reader = new Reader(page);
      await reader.waitUntilInteractive();
      await page.getByRole("link", { name: "回到今日报纸" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
    });
  });

  test("client-side navigation to an unknown article shows not found too", async ({ page }) => {
    const reader = new Reader(page);
    await reader.openHome();
    await page.evaluate(() => {
      history.pushState({}, "", "/maonan/2023-02-26/9/1/");
      dispatchEvent(new PopStateEvent("popstate"));
    });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  });

  test.describe(() => {
    // The failure is made with page.route, which a service worker's own fetches would bypass.
    test.use({
      allowConsoleErrors: /Failed to load resource: the server responded with a status of 503/u,
      serviceWorkers: "block",
    });
    test("a failed bundle fetch shows what failed and recovers on retry", async ({ page }) => {
      // A page that is not on screen yet, opened in the app: there is no text to keep, so the
      // error view says what failed (a prerendered page keeps its text: faults-prerendered.spec.ts).
      const reader = new Reader(page);
      await reader.open("/archive/");
      await page.route("**/data/issues/**", (route) => route.fulfill({ status: 503, body: "unavailable" }));
      await page
        .getByRole("link", { name: /约2023年2月26日/u })
        .first()
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("内容暂时无法载入");
      await expect(page.getByRole("alert")).toContainText("HTTP 503");
      await page.unroute("**/data/issues/**");
      await page.getByRole("button", { name: "重试" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
    });
  });

  test("a bundle from a newer Folio says the reader needs updating", async ({ page }) => {
    await page.route("**/data/manifest.json", async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...manifest, version: 99 } });
    });
    await page.goto("/");
    // The prerendered page stays readable; the notice asks for a reload.
    const notice = page.getByRole("status").filter({ hasText: "较新版本" });
    await expect(notice).toContainText("请刷新页面");
    await expect(notice.getByRole("button", { name: "刷新页面" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
  });

  test("a manifest with an invalid paper says which field, the page staying readable", async ({ page }) => {
    // The app validates the manifest a paper at a time: a fault in the last paper is still found
    // and named with its path in the whole file.
    let last = -1;
    await page.route("**/data/manifest.json", async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { papers: Record<string, unknown>[] };
      last = manifest.papers.length - 1;
      const papers = manifest.papers.map((paper, i) => (i === last ? { ...paper, issueCount: -1 } : paper));
      await route.fulfill({ response, json: { ...manifest, papers } });
    });
    await page.goto("/");
    const notice = page.getByRole("status").filter({ hasText: "载入页面数据时出错" });
    await expect(notice).toContainText("folio/manifest does not match the schema");
    expect(last).toBeGreaterThan(0);
    await expect(notice).toContainText(`papers[${last}].issueCount`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
  });

  test("a bundle written by Folio's version 1 says it needs a rebuild, on the page and after a navigation", async ({
    page,
  }) => {
    // A version-1 manifest (every issue listed, no years): it cannot be upgraded in the browser.
    await page.route("**/data/manifest.json", async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { papers: { latest: unknown }[] };
      const papers = manifest.papers.map(({ latest, ...paper }) => ({ ...paper, issues: [latest] }));
      await route.fulfill({ response, json: { ...manifest, version: 1, papers } });
    });
    await page.goto("/");
    const notice = page.getByRole("status").filter({ hasText: "旧版 Folio" });
    await expect(notice).toContainText("folio build 重新生成数据");
    await expect(notice.getByRole("button", { name: "重试" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
  });

  test.describe(() => {
    // Both visit the not-found page on purpose; its 404 status is logged as a resource error.
    test.use({ allowConsoleErrors: /status of 404/u });
    test("no horizontal scrolling at 375 px", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const reader = new Reader(page);
      for (const path of ["/", articlePath(1), articlePath(4), "/nope/"]) {
        await reader.open(path);
        expect(await reader.hasHorizontalScroll(), path).toBe(false);
      }
    });
  });

  test("font size and theme persist across a reload", async ({ page }) => {
    const reader = new Reader(page);
    await reader.open(articlePath(1));
    const size = () => page.locator(".article").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole("button", { name: /放大字号/u }).click();
    expect(await size()).toBeGreaterThan(before);
    await page.getByRole("button", { name: /外观/u }).click();
    await page.getByRole("button", { name: /外观/u }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.reload();
    await reader.waitUntilInteractive();
    expect(await size()).toBeGreaterThan(before);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });

  // One test per page, so that each has its own time budget (axe takes seconds per page on a busy
  // two-core machine); the not-found page logs its 404 status as a resource error.
  test.describe("accessibility", () => {
    test.use({ allowConsoleErrors: /status of 404/u });
    for (const path of [
      "/",
      articlePath(4),
      "/archive/",
      "/people/",
      `/people/${encodeURIComponent("廖述毅")}/`,
      "/nope/",
    ]) {
      test(`${decodeURIComponent(path)}: landmarks, one h1 and no serious accessibility violation`, async ({
        page,
      }) => {
        const reader = new Reader(page);
        await reader.open(path);
        await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expect(page.getByRole("banner")).toHaveCount(1);
        await expect(page.getByRole("main")).toHaveCount(1);
        await expect(page.getByRole("contentinfo")).toHaveCount(1);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(
          serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          path,
        ).toEqual([]);
      });
    }

    test("the first Tab reaches the skip link", async ({ page }) => {
      await new Reader(page).open(articlePath(4));
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "跳到正文" })).toBeFocused();
    });
  });
});
