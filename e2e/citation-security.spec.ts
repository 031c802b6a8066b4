import { Reader } from "./pages/reader";
import { articlePath, seed } from "./support/seed";
import { expect, test } from "./support/test";

test.describe("citing and printing", () => {
  test("cite copies the GB/T 7714 text, and the link", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const reader = new Reader(page);
    await reader.open(articlePath(8));
    await page.getByText("引用", { exact: true }).click();
    const expected = `黄林明, 邱秋梅, 陈土婵. ${seed.articles[7]!.title}[N]. 茂南区新闻, [2023-02-26](1).`;
    await expect(page.locator(".cite-text")).toHaveText(expected);
    await page.getByRole("button", { name: "复制引文" }).click();
    await expect(page.getByRole("status").filter({ hasText: "引文已复制" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await page.getByRole("button", { name: "复制链接" }).click();
    await expect(page.getByRole("status").filter({ hasText: "链接已复制" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${articlePath(8)}`);
  });

  test("each article carries citation meta tags; an inferred date is left out", async ({ page }) => {
    await page.goto(articlePath(8));
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta("citation_title")).toHaveAttribute("content", seed.articles[7]!.title.replace(/\s/gu, ""));
    await expect(meta("citation_author")).toHaveCount(3);
    await expect(meta("citation_journal_title")).toHaveAttribute("content", "茂南区新闻");
    await expect(meta("citation_date")).toHaveCount(0);
    await page.goto("/rmrb/2001-05-01/1/1/");
    await expect(page.locator('meta[name="citation_date"]')).toHaveAttribute("content", "2001/05/01");
  });

  test("an article prints without navigation, in serif, with its source and URL at the end", async ({
    page,
    baseURL,
  }) => {
    const reader = new Reader(page);
    await reader.open(articlePath(4));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner").first()).toBeHidden();
    await expect(page.getByRole("navigation", { name: "文章导航" })).toBeHidden();
    await expect(page.getByRole("button", { name: "分享" })).toBeHidden();
    const source = page.locator(".print-source");
    await expect(source).toBeVisible();
    await expect(source).toContainText(`来源：茂南区新闻，约2023年2月26日，第1版。${baseURL}${articlePath(4)}`);
    const family = await page.locator(".article-body").evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toMatch(/Serif|Song|serif/u);
  });
});

test.describe("security on a static host", () => {
  test("every page has a Content-Security-Policy of its own origin and one inline script, allowed by its hash", async ({
    page,
  }) => {
    for (const path of ["/", articlePath(1), "/archive/", "/lab/2024-06-01/1/1/"]) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain("unsafe-inline");
      // The reading bootstrap only (first-paint.spec.ts checks that its hash is the one allowed).
      const inline = await page.locator("script:not([src]):not([type='application/ld+json'])").count();
      expect(inline, path).toBe(1);
      expect(csp, path).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/u);
    }
  });

  test("article text with markup renders as text and runs nothing", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const reader = new Reader(page);
    await reader.open("/lab/2024-06-01/1/1/");
    const body = page.locator(".article-body");
    await expect(body).toContainText('<script>alert("xss")</script>');
    await expect(body).toContainText('<a href="javascript:alert(1)">点我</a>');
    await expect(body).toContainText('<img src=x onerror="alert(1)">');
    await expect(body.locator("script, img, iframe, [onerror], a[href^='javascript']")).toHaveCount(0);
    // The only links in the text are the reporter's and people's names, to their pages.
    for (const href of await body.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^\/people\//u);
    }
    await page.goto("/lab/2024-06-01/1/");
    await expect(page.locator(".teaser-text").first()).toContainText("<script>");
    expect(dialogs).toEqual([]);
  });
});
