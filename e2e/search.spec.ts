import { Reader } from "./pages/reader";
import { Search } from "./pages/search";
import { articlePath, bare, seed } from "./support/seed";
import { expect, test } from "./support/test";

const title = (seq: number) => bare(seed.articles[seq - 1]!.title);
const titles = async (search: Search) => (await search.resultTitles().allTextContents()).map(bare).sort();

test.describe("search", () => {
  test("乡村振兴 finds seed articles 4 and 8 only, and 鄉村振興 finds the same", async ({ page }) => {
    const reader = new Reader(page);
    await reader.openHome();
    const search = new Search(page);
    await search.typeQuery("乡村振兴");
    await expect(page).toHaveURL(/\/search\/\?q=/u);
    await search.waitForResults(2);
    expect(await titles(search)).toEqual([title(4), title(8)].sort());
    await search.box().fill("鄉村振興");
    await search.waitForResults(2);
    expect(await titles(search)).toEqual([title(4), title(8)].sort());
  });

  test("吕晓光, split across a column break in the source, finds article 1", async ({ page }) => {
    await page.goto("/search/?q=吕晓光");
    const search = new Search(page);
    await search.waitForResults(1);
    expect(await titles(search)).toEqual([title(1)]);
    await expect(search.results().locator("mark")).toHaveText(["吕晓光"]);
  });

  test("a result opens its article with the match highlighted", async ({ page }) => {
    await page.goto("/search/?q=禄段古荔园");
    const search = new Search(page);
    await search.waitForResults(1);
    await search.results().getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`${articlePath(1)}\\?hl=`, "u"));
    const marks = page.locator(".article-body mark");
    await expect(marks).toHaveText(["禄段古荔园", "禄段古荔园"]);
    await expect(marks.first()).toBeInViewport();
  });

  test("a reload of ?q= shows the same results", async ({ page }) => {
    await page.goto("/search/?q=%E5%BA%A7%E8%B0%88");
    const search = new Search(page);
    const first = await (async () => {
      await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
      return search.resultTitles().allTextContents();
    })();
    expect(first.length).toBeGreaterThan(0);
    await page.reload();
    await expect(search.status()).toHaveText(/找到 \d+ 篇文章/u);
    expect(await search.resultTitles().allTextContents()).toEqual(first);
    await expect(search.box()).toHaveValue("座谈");
  });

  test("several words must all occur; none found says so and suggests what to try", async ({ page }) => {
    await page.goto("/search/?q=廖述毅 金秀");
    const search = new Search(page);
    await search.waitForResults(1);
    expect(await titles(search)).toEqual([title(4)]);
    await page.goto("/search/?q=不存在的词语组合");
    await expect(search.status()).toHaveText(/没有找到/u);
    await expect(page.getByRole("main")).toContainText("少用几个词");
    await page.goto("/search/?q=%EF%BC%8C%E3%80%82%EF%BC%81");
    await expect(search.status()).toHaveText(/只有标点符号无法搜索/u);
  });

  test("people match by pinyin and initials; filters narrow the results", async ({ page }) => {
    await page.goto("/search/?q=lsy");
    const search = new Search(page);
    await expect(search.status()).toHaveText(/找到 3 篇文章/u);
    await page.goto("/search/?q=茂南&paper=rmrb");
    await expect(search.status()).toHaveText(/没有找到/u);
    await page.goto("/search/?q=茂南&person=古泰毓");
    await search.waitForResults(1);
    expect(await titles(search)).toEqual([title(8)]);
  });
});
