import { pinyin } from "pinyin-pro";
import { People } from "./pages/people";
import { articlePath, seed } from "./support/seed";
import { expect, test } from "./support/test";

const seedPeople = [
  ...new Set(
    JSON.parse(JSON.stringify(seed.articles)).flatMap((a: { people: { name: string }[] }) =>
      a.people.map((p) => p.name),
    ),
  ),
] as string[];
const byPinyin = (names: string[]) =>
  [...names].sort((a, b) => {
    const key = (n: string) => pinyin(n, { surname: "head", toneType: "num", type: "array", v: true }).join(" ");
    return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  });

test.describe("people", () => {
  test("the index shows all 36 seed people, in pinyin order", async ({ page }) => {
    const people = new People(page);
    await people.open();
    const shown = await people.names().allTextContents();
    expect(seedPeople).toHaveLength(36);
    for (const name of seedPeople) expect(shown, name).toContain(name);
    expect(shown.filter((n) => seedPeople.includes(n))).toEqual(byPinyin(seedPeople));
    await expect(
      page.getByRole("navigation", { name: "按拼音首字母" }).getByRole("link", { name: "L", exact: true }),
    ).toBeVisible();
  });

  test("the filter matches initials, pinyin and characters", async ({ page }) => {
    const people = new People(page);
    await people.open();
    await people.filter("lsy");
    await expect(people.names()).toHaveText(["廖述毅"]);
    await people.filter("zengmeiqing");
    await expect(people.names()).toHaveText(["曾梅青"]);
    await people.filter("玲");
    await expect(people.names()).toHaveText(["覃玲玲"]);
    await people.filter("xyz不存在");
    await expect(people.names()).toHaveCount(0);
    await expect(page.getByRole("status")).toContainText("没有与");
  });

  test("a person page lists the articles that mention them, with the sentence", async ({ page }) => {
    const people = new People(page);
    await people.open();
    await people.openPerson("廖述毅");
    await expect(page).toHaveURL(`/people/${encodeURIComponent("廖述毅")}/`);
    const expected = [1, 4, 7].map((seq) => seed.articles[seq - 1]!.title.replace(/\s+/gu, ""));
    const titles = (await people.mentionTitles().allTextContents()).map((t) => t.replace(/\s+/gu, ""));
    expect(titles.sort()).toEqual(expected.sort());
    await expect(page.getByRole("region", { name: "职务与身份" })).toContainText("茂南区委书记");
    await expect(page.locator(".mention-sentence mark").first()).toHaveText("廖述毅");
    await people.mentionTitles().first().click();
    await expect(page.getByRole("article")).toContainText("廖述毅");
  });

  test("a name that may cover more than one person says so, and shows each with their titles and articles", async ({
    page,
  }) => {
    // The test paper names 林海涛 as a 平安县 village's party secretary and as a 甘肃省 official.
    const people = new People(page);
    await people.open();
    await people.filter("林海涛");
    await expect(people.names()).toHaveText(["林海涛"]);
    await people.openPerson("林海涛");
    await expect(page.getByRole("note")).toContainText("可能不止一人");
    const province = page.getByRole("region", { name: "林海涛 · 甘肃省" });
    const village = page.getByRole("region", { name: /^林海涛 · .*红星村/u });
    await expect(province.getByRole("region", { name: "职务与身份" })).toContainText("甘肃省副省长");
    await expect(province.getByRole("listitem").getByRole("link")).toHaveText(["五月最后一期的测试稿件"]);
    await expect(village.getByRole("region", { name: "职务与身份" })).toContainText("红星村党支部书记");
    await expect(village).not.toContainText("甘肃省副省长");
    await expect(village.getByRole("listitem").getByRole("link")).toHaveText(["年底一期的测试稿件"]);
    await village.getByRole("link", { name: "年底一期的测试稿件" }).click();
    await expect(page.getByRole("article")).toContainText("林海涛");
    // A name of one person has no such note.
    await page.goto(`/people/${encodeURIComponent("廖述毅")}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("廖述毅");
    await expect(page.getByRole("note")).toHaveCount(0);
  });

  test("a name in an article links to its person page", async ({ page }) => {
    await page.goto(articlePath(4));
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await page.locator(".article-body").getByRole("link", { name: "谭玉成" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("谭玉成");
    await expect(page.getByRole("region", { name: "职务与身份" })).toContainText("金秀县委书记");
    await page.goBack();
    await page.getByRole("article").getByRole("link", { name: "梁宇" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("梁宇");
  });

  test.describe(() => {
    // What the view fetches, without the offline feature's copies of the files it opened.
    test.use({ serviceWorkers: "block" });
    test("a person page fetches that person's data only, never the people index", async ({ page }) => {
      const data: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith("/data/")) data.push(url.pathname);
      });
      // Opened directly (the prerendered page, then its data) …
      await page.goto(`/people/${encodeURIComponent("廖述毅")}/`);
      await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
      expect(data.sort()).toEqual(
        ["/data/manifest.", "/data/people/dir-0.", "/data/people/directory.", "/data/people/shard-"].map((p) =>
          expect.stringContaining(p),
        ),
      );
      // … and after a client-side navigation to someone mentioned with them: at most one more shard.
      data.length = 0;
      await page.getByRole("region", { name: "常一同出现的人物" }).getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1 })).not.toContainText("廖述毅");
      expect(
        data.every((path) => path.startsWith("/data/people/shard-")),
        data.join(" "),
      ).toBe(true);
      expect(data.length).toBeLessThanOrEqual(1);
    });
  });
});
