import { Archive } from "./pages/archive";
import { expect, test } from "./support/test";

/** The archive, on a build that imports `fixtures/pfr/sample.txt` (人民日报, 1–2 May 2001) beside the seed. */
test.describe("the archive", () => {
  test("calendar → issue → page → article → next issue", async ({ page }) => {
    const archive = new Archive(page);
    await archive.open();
    const rmrb = archive.paper("人民日报");
    await expect(rmrb.getByRole("table")).toContainText("2001年5月");
    await archive.openIssueOn(rmrb, "2001年5月1日");
    await expect(page).toHaveURL("/rmrb/2001-05-01/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^人民日报/u);
    await expect(page.getByRole("main")).toContainText("2001年5月1日 星期二");

    await expect(archive.pageList().getByRole("link")).toHaveText([/^1版\s*2篇$/u, /^3版\s*2篇$/u, /下一版/u]);
    await archive.openPage(3);
    await expect(page).toHaveURL("/rmrb/2001-05-01/3/");
    await expect(page.getByRole("main")).toContainText("第3版");

    const first = page.getByRole("main").getByRole("article").first().getByRole("heading", { level: 2 });
    const title = (await first.textContent()) ?? "";
    await first.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page).toHaveURL(/\/rmrb\/2001-05-01\/3\/\d+\/$/u);

    await page.getByRole("link", { name: /返回第3版/u }).click();
    await archive.nextIssue();
    await expect(page).toHaveURL("/rmrb/2001-05-02/");
    await expect(page.getByRole("main")).toContainText("2001年5月2日 星期三");
    await archive.previousIssue();
    await expect(page).toHaveURL("/rmrb/2001-05-01/");
  });

  test("the seed's paper stays home; the archive is one click away", async ({ page }) => {
    const archive = new Archive(page);
    await archive.open();
    // The e2e build has the seed, the PFR fixture and the test papers of fixtures/e2e-content.
    await expect(page.getByRole("region").getByRole("heading", { level: 2 })).toHaveText([
      "茂南区新闻",
      "人民日报",
      "测试样报",
      "版面样报",
    ]);
    await expect(archive.paper("茂南区新闻")).toContainText("1期");
    await expect(archive.paper("测试样报")).toContainText("3期");
    await page.getByRole("link", { name: "今日" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/茂南区新闻/u);
  });

  test("a paper's month lists its issues with page and article counts", async ({ page }) => {
    await page.goto("/rmrb/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("人民日报");
    const list = page.getByRole("main").getByRole("list", { name: "2001年5月各期" });
    await expect(list.getByRole("listitem")).toHaveText([
      /^2001年5月1日 星期二\s*2版 · 4篇$/u,
      /^2001年5月2日 星期三\s*2版 · 3篇$/u,
    ]);
    await page.goto("/rmrb/2001-05/");
    await expect(page.getByRole("table")).toContainText("2001年5月");
  });

  test.describe(() => {
    // What the view fetches, without the offline feature's copies of the files it opened.
    test.use({ serviceWorkers: "block" });
    test("opening one issue fetches the manifest, its year's file, that issue's file and its page's text only", async ({
      page,
    }) => {
      const data: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith("/data/")) data.push(url.pathname);
      });
      await page.goto("/rmrb/2001-05-02/1/");
      await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
      expect(data.sort()).toEqual(
        [
          "/data/archive/rmrb/2001.",
          "/data/issues/rmrb/2001-05-02.",
          "/data/issues/rmrb/2001-05-02/1.",
          "/data/manifest.",
        ].map((p) => expect.stringContaining(p)),
      );
      expect(data).toHaveLength(4);
    });
  });

  // The test paper (fixtures/e2e-content/lab) has issues on 2022-12-30, 2024-05-31 and 2024-06-01.
  test("calendar: year → month → day, with the empty year and months said as such", async ({ page }) => {
    const archive = new Archive(page);
    await page.goto("/lab/");
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await expect(page.getByRole("table")).toContainText("2024年6月");
    await expect(archive.years().getByRole("listitem")).toHaveText(["2022", "2023年 无", "2024"]);
    await archive.openYear(2022);
    await expect(page).toHaveURL("/lab/2022/");
    await expect(archive.months()).toHaveCount(12);
    await expect(archive.months().first()).toContainText("1月 无");
    await expect(archive.months().last()).toContainText("12月 1期");
    await archive.openMonth(12);
    await expect(page).toHaveURL("/lab/2022-12/");
    // No month of 2023 has issues: the month navigation steps over the whole year.
    await expect(archive.monthNav().getByRole("link")).toHaveText(["2024年5月 →"]);
    await archive.openIssueOn(page.getByRole("table"), "2022年12月30日");
    await expect(page).toHaveURL("/lab/2022-12-30/");
    await expect(page.getByRole("main")).toContainText("年底一期的测试稿件");
  });

  test("previous and next issue across a month's end and a year without issues", async ({ page }) => {
    const archive = new Archive(page);
    await page.goto("/lab/2024-06-01/");
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await archive.previousIssue();
    await expect(page).toHaveURL("/lab/2024-05-31/");
    await expect(page.getByRole("main")).toContainText("五月最后一期的测试稿件");
    await archive.previousIssue();
    await expect(page).toHaveURL("/lab/2022-12-30/");
    await expect(page.getByRole("navigation", { name: "期次导航" }).getByRole("link", { name: /上一期/u })).toHaveCount(
      0,
    );
    await archive.nextIssue();
    await expect(page).toHaveURL("/lab/2024-05-31/");
    await archive.nextIssue();
    await expect(page).toHaveURL("/lab/2024-06-01/");
    await expect(page.getByRole("navigation", { name: "期次导航" }).getByRole("link", { name: /下一期/u })).toHaveCount(
      0,
    );
  });

  test.describe(() => {
    test.use({ allowConsoleErrors: /status of 404/u });
    test("an unknown paper or month is not found", async ({ page }) => {
      for (const path of ["/nopaper/", "/rmrb/2001-06/", "/rmrb/2001-05-03/"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
      }
    });
  });
});
