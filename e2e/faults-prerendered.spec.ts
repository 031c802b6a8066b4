import { Reader } from "./pages/reader";
import { expect, test } from "./support/test";
import { articlePath, bare, seed } from "./support/seed";

/**
 * A prerendered page whose data cannot be loaded (a corrupt or half-uploaded issue file) keeps its
 * text: the reader is told, in a small notice, and a retry brings the page's functions back.
 */
/** An issue's file, and its pages' text files (`issues/<paper>/<date>/<page>.<hash>.json`). */
const ISSUE_FILES = "**/data/issues/*/*.json";
const PAGE_TEXT_FILES = "**/data/issues/*/*/*.json";

test.describe("a page whose data fails to load keeps its text", () => {
  // The failures are made with page.route, which a service worker's own fetches would bypass.
  test.use({ serviceWorkers: "block" });
  test("a corrupt issue file: the article stays readable, with a notice and a retry", async ({ page }) => {
    const article = seed.articles[3]!;
    // The issue file (`issues/<paper>/<date>.<hash>.json`), not its pages' text files (one folder down).
    await page.route(ISSUE_FILES, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"type":"folio/issue","ver' }),
    );
    await page.goto(articlePath(article.seq));
    const notice = page.getByRole("status").filter({ hasText: "正文可照常阅读" });
    await expect(notice).toContainText("not valid JSON");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    expect(await new Reader(page).articleParagraphs()).toEqual(article.paragraphs.map(bare));
    await expect(page).toHaveTitle(`${article.title} - Folio`);
    await expect(page.locator("html[data-hydrated]")).toHaveCount(0);

    // Still failing: the notice says so again and the text stays.
    await notice.getByRole("button", { name: "重试" }).click();
    await expect(notice.getByRole("button", { name: "重试" })).toBeEnabled();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);

    await page.unroute(ISSUE_FILES);
    await notice.getByRole("button", { name: "重试" }).click();
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await expect(notice).toHaveCount(0);
    // The app works now: the next article opens in the app.
    await new Reader(page).goToNextArticle();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.articles[4]!.title);
  });

  test("a corrupt page text file: the article stays readable, with a notice and a retry", async ({ page }) => {
    const article = seed.articles[2]!;
    await page.route(PAGE_TEXT_FILES, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"type":"folio/page-text","para' }),
    );
    await page.goto(articlePath(article.seq));
    const notice = page.getByRole("status").filter({ hasText: "正文可照常阅读" });
    await expect(notice).toContainText(/issues\/maonan\/2023-02-26\/1\.[0-9a-f]+\.json is not valid JSON/u);
    expect(await new Reader(page).articleParagraphs()).toEqual(article.paragraphs.map(bare));
    await expect(page.locator("html[data-hydrated]")).toHaveCount(0);

    await page.unroute(PAGE_TEXT_FILES);
    await notice.getByRole("button", { name: "重试" }).click();
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await expect(notice).toHaveCount(0);
    expect(await new Reader(page).articleParagraphs()).toEqual(article.paragraphs.map(bare));
  });

  test("an issue file that does not match the schema keeps the page too", async ({ page }) => {
    await page.route("**/data/issues/**", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", json: { type: "folio/issue", version: 1 } }),
    );
    await page.goto("/maonan/2023-02-26/1/");
    const notice = page.getByRole("status").filter({ hasText: "正文可照常阅读" });
    await expect(notice).toContainText("folio/issue");
    const headlines = (await new Reader(page).pageHeadlines().allTextContents()).map(bare);
    expect(headlines).toEqual(seed.articles.map((a) => bare(a.title)));
    // The reader can put the notice away; the page stays.
    await notice.getByRole("button", { name: "关闭提示" }).click();
    await expect(notice).toHaveCount(0);
    expect((await new Reader(page).pageHeadlines().allTextContents()).map(bare)).toEqual(
      seed.articles.map((a) => bare(a.title)),
    );
  });
});
