import { readFileSync } from "node:fs";
import { CATALOGUE_PARTS } from "../lingui.config";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import * as OpenCC from "opencc-js";
import { expect, test } from "./support/test";
import { Languages, speechStub } from "./pages/languages";
import { articlePath, seed } from "./support/seed";

const toTaiwan = OpenCC.Converter({ from: "cn", to: "twp" });
const toHongKong = OpenCC.Converter({ from: "cn", to: "hkp" });

async function axeSerious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("简/繁", () => {
  test("converts a paragraph to OpenCC's traditional form (Taiwan, Hong Kong) and back; remembered across a reload", async ({
    page,
  }) => {
    const languages = new Languages(page);
    await languages.open(articlePath(1));
    const paragraph = languages.plainParagraph();
    const simplified = (await paragraph.textContent()) ?? "";
    const taiwan = toTaiwan(simplified);
    expect(taiwan, "the paragraph has characters that differ").not.toBe(simplified);

    await languages.scriptButton().click();
    await expect(paragraph).toHaveText(taiwan);
    await expect.poll(() => languages.lang()).toBe("zh-Hant-TW");
    // The interface is converted too.
    await expect(page.getByRole("navigation", { name: "主導航" })).toBeVisible();

    await page.reload();
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await expect(paragraph).toHaveText(taiwan);

    await languages.scriptButton().click();
    await expect(paragraph).toHaveText(toHongKong(simplified));
    await expect.poll(() => languages.lang()).toBe("zh-Hant-HK");

    await languages.scriptButton().click();
    await expect(paragraph).toHaveText(simplified);
    await expect.poll(() => languages.lang()).toBe("zh-CN");
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  });

  test("?script=hant opens a link in traditional characters, and share links carry it", async ({ page, context }) => {
    const languages = new Languages(page);
    await languages.open(`${articlePath(1)}?script=hant`);
    const paragraph = languages.plainParagraph();
    await expect.poll(() => languages.lang()).toBe("zh-Hant-TW");
    const shown = (await paragraph.textContent()) ?? "";
    expect(shown).toBe(toTaiwan(shown));
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "分享", exact: true }).click();
    await expect(page.getByText("連結已複製")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("script")).toBe("hant");
    expect(await axeSerious(page)).toEqual([]);
  });

  test("search results and people are converted", async ({ page }) => {
    const languages = new Languages(page);
    await languages.open("/people/");
    await languages.scriptButton().click();
    await expect.poll(() => languages.lang()).toBe("zh-Hant-TW");
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(toTaiwan("人物"));
    await page.getByRole("searchbox", { name: toTaiwan("搜索全文") }).fill("记者");
    await expect(page.locator(".search-hit").first()).toBeVisible();
    const hit = (await page.locator(".search-hit").first().textContent()) ?? "";
    expect(hit).toBe(toTaiwan(hit));
    expect(hit).not.toContain("记者");
    expect(await axeSerious(page)).toEqual([]);
  });
});

test.describe("朗读", () => {
  test("reads the article paragraph by paragraph, highlighting and scrolling; pause, skip, speed, stop", async ({
    page,
  }) => {
    await page.addInitScript(speechStub, [
      { lang: "en-US", name: "English" },
      { lang: "zh-CN", name: "Mandarin" },
    ]);
    const languages = new Languages(page);
    await languages.open(articlePath(1));
    const paragraphs = seed.articles[0]!.paragraphs;
    const spoken = () =>
      page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string }[] } }).__speech.spoken);
    const finish = () => page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
    const body = page.locator(".article-body > p");

    await page.getByRole("button", { name: "朗读" }).click();
    const bar = page.getByRole("region", { name: "朗读" });
    await expect(bar).toBeVisible();
    await expect.poll(async () => (await spoken()).map((u) => u.text)).toEqual([paragraphs[0]]);
    expect((await spoken())[0]).toMatchObject({ lang: "zh-CN", rate: 1 });
    await expect(body.nth(0)).toHaveClass(/paragraph-reading/u);
    await expect(bar.getByRole("status")).toHaveText(`正在朗读：第 1 段，共 ${paragraphs.length} 段`);

    await finish();
    await expect.poll(async () => (await spoken()).map((u) => u.text)).toEqual(paragraphs.slice(0, 2));
    await expect(body.nth(1)).toHaveClass(/paragraph-reading/u);
    await expect(body.nth(0)).not.toHaveClass(/paragraph-reading/u);
    await expect(body.nth(1)).toBeInViewport();

    await bar.getByRole("button", { name: "暂停" }).click();
    await expect(bar.getByRole("status")).toHaveText(`已暂停：第 2 段，共 ${paragraphs.length} 段`);
    await bar.getByRole("button", { name: "继续" }).click();
    await bar.getByRole("button", { name: "下一段" }).click();
    await expect.poll(async () => (await spoken()).map((u) => u.text)).toEqual(paragraphs.slice(0, 3));
    await expect(body.nth(2)).toHaveClass(/paragraph-reading/u);

    await bar.getByRole("combobox", { name: "语速" }).selectOption("1.5");
    await expect.poll(async () => (await spoken()).at(-1)).toMatchObject({ text: paragraphs[2], rate: 1.5 });
    expect(await axeSerious(page)).toEqual([]);

    await bar.getByRole("button", { name: "停止朗读" }).click();
    await expect(bar).toHaveCount(0);
    await expect(page.locator(".paragraph-reading")).toHaveCount(0);
  });

  test("goes on to the next article of the page when asked", async ({ page }) => {
    await page.addInitScript(speechStub, [{ lang: "zh-CN", name: "Mandarin" }]);
    const languages = new Languages(page);
    await languages.open(articlePath(1));
    const first = seed.articles[0]!.paragraphs;
    await page.getByRole("button", { name: "朗读" }).click();
    await page.getByRole("checkbox", { name: "读完接着读本版下一篇" }).check();
    for (let i = 0; i < first.length; i++) {
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken.length),
        )
        .toBe(i + 1);
      await page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
    }
    await expect(page).toHaveURL(articlePath(2));
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { __speech: { spoken: { text: string }[] } }).__speech.spoken.at(-1)?.text,
        ),
      )
      .toBe(seed.articles[1]!.paragraphs[0]);
    await expect(page.locator(".article-body > p").first()).toHaveClass(/paragraph-reading/u);
  });

  test("says so when the browser has no Chinese voice", async ({ page }) => {
    await page.addInitScript(speechStub, [{ lang: "en-US", name: "English" }]);
    const languages = new Languages(page);
    await languages.open(articlePath(1));
    await page.getByRole("button", { name: "朗读" }).click();
    await expect(page.getByRole("alert")).toContainText("没有中文语音");
    await expect(page.getByRole("region", { name: "朗读" })).toHaveCount(0);
  });
});

/** The Chinese of the interface's catalogue (the first view's file and its parts): each message's text between its placeholders. */
const catalogue = [
  "src/app/locales/zh.json",
  ...Object.keys(CATALOGUE_PARTS).map((p) => `src/app/locales/parts/${p}/zh.json`),
]
  .map((file) => JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
  .reduce((all, part) => ({ ...all, ...part }), {});
const chineseStrings = [
  ...new Set(
    Object.values(catalogue)
      .flatMap((message) => message.split(/\{[^}]*\}/u))
      .flatMap((piece) => piece.match(/[\p{Script=Han}]{2,}/gu) ?? []),
  ),
];

test.describe("English interface", () => {
  test.use({ locale: "en-US" });

  const pages = [
    "/",
    "/maonan/2023-02-26/1/",
    articlePath(1),
    "/archive/",
    "/people/",
    `/people/${encodeURIComponent("廖述毅")}/`,
    // The query is the reader's own words, shown in the heading: two characters of a headline.
    `/search/?q=${encodeURIComponent(seed.articles[0]!.title.slice(0, 2))}`,
    "/no-such-page/",
  ];
  for (const path of pages) {
    test.describe(path, () => {
      // The 404 page is served with status 404, which the browser reports.
      if (path === "/no-such-page/") test.use({ allowConsoleErrors: /status of 404/u });
      test(`${path} shows no Chinese interface string and is axe clean`, async ({ page }) => {
        const languages = new Languages(page);
        await languages.open(path);
        await expect.poll(() => languages.lang()).toBe("en");
        await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
        if (path.startsWith("/search/")) await expect(page.locator(".search-hit").first()).toBeVisible();
        const text = await languages.interfaceText();
        expect(chineseStrings.filter((s) => text.includes(s))).toEqual([]);
        // The content keeps its language.
        if (path === articlePath(1)) await expect(page.locator(".article-body")).toHaveAttribute("lang", "zh-CN");
        expect(await axeSerious(page)).toEqual([]);
      });
    });
  }

  test("switching back restores the Chinese interface, and the choice is remembered", async ({ page }) => {
    const languages = new Languages(page);
    await languages.open(articlePath(1));
    await expect(page.getByRole("link", { name: "Today" })).toBeVisible();
    await languages.languageButton().click();
    await expect(page.getByRole("link", { name: "今日" })).toBeVisible();
    await expect.poll(() => languages.lang()).toBe("zh-CN");
    await expect(page.locator(".article-body")).not.toHaveAttribute("lang", /.+/u);
    await page.reload();
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "今日" })).toBeVisible();
    await languages.languageButton().click();
    await expect(page.getByRole("link", { name: "Today" })).toBeVisible();
  });
});
