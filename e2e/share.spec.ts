import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { Reader } from "./pages/reader";
import { posterDialog, posterQrText } from "./pages/poster";
import { selectInParagraph, selectionToolbar } from "./pages/selection";
import { articlePath, seed } from "./support/seed";

const clean = (text: string) => text.replace(/\s+/gu, " ").trim();
const term = (text: string) => encodeURIComponent(text).replace(/-/gu, "%2D");

/** The paper name and date as the article's source line shows them. */
async function sourceLine(reader: Reader): Promise<{ paper: string; date: string }> {
  const text = await reader.page.getByRole("article").locator("header a", { hasText: " · " }).textContent();
  const [paper, date] = (text ?? "").split(" · ").map((part) => part.trim());
  return { paper: paper!, date: date! };
}

async function paragraphId(reader: Reader, index: number): Promise<string> {
  return (await reader.page.locator(".article-body > p").nth(index).getAttribute("id"))!;
}

test.describe("quoting and linking a passage", () => {
  test.beforeEach(async ({ context, baseURL, page }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.addInitScript(() => {
      // The copy path, even where the platform has a share sheet.
      Object.defineProperty(navigator, "share", { value: undefined, configurable: true });
    });
  });

  test("selecting text offers a toolbar; 复制引文 copies the quote with its source", async ({ page, baseURL }) => {
    const article = seed.articles[1]!;
    const reader = new Reader(page);
    await reader.open(articlePath(article.seq));
    await expect(selectionToolbar(page)).toHaveCount(0);
    const selected = clean(await selectInParagraph(page, 1, 2, 14));
    expect(selected.length).toBeGreaterThan(5);
    const toolbar = selectionToolbar(page);
    await expect(toolbar).toBeVisible();
    expect((await new AxeBuilder({ page }).include(".selection-toolbar").analyze()).violations).toEqual([]);
    await toolbar.getByRole("button", { name: "复制引文" }).click();
    await expect(toolbar.getByRole("status")).toHaveText("引文已复制");
    const { paper, date } = await sourceLine(reader);
    const id = await paragraphId(reader, 1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${selected}”——《${article.title}》，${paper}，${date}，${baseURL}${articlePath(article.seq)}#${id}`,
    );
  });

  test("分享这段 copies a link to the paragraph with a text fragment that opens there", async ({ page, baseURL }) => {
    const article = seed.articles[1]!;
    const reader = new Reader(page);
    await reader.open(articlePath(article.seq));
    const selected = clean(await selectInParagraph(page, 2, 0, 10));
    const toolbar = selectionToolbar(page);
    await toolbar.getByRole("button", { name: "分享这段" }).click();
    await expect(toolbar.getByRole("status")).toHaveText("段落链接已复制");
    const id = await paragraphId(reader, 2);
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(`${baseURL}${articlePath(article.seq)}#${id}:~:text=${term(selected)}`);

    // The browser reads the directive and keeps only the paragraph's anchor in the address.
    await reader.open(url.replace(baseURL!, ""));
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toHaveClass(/paragraph-target/u);
  });

  test("a long selection is linked by its start and end", async ({ page, baseURL }) => {
    const article = seed.articles[1]!;
    const reader = new Reader(page);
    await reader.open(articlePath(article.seq));
    const length = await page
      .locator(".article-body > p")
      .nth(1)
      .evaluate((p) => p.textContent!.length);
    expect(length).toBeGreaterThan(40);
    const selected = [...clean(await selectInParagraph(page, 1, 0, length))];
    const toolbar = selectionToolbar(page);
    await toolbar.getByRole("button", { name: "分享这段" }).click();
    await expect(toolbar.getByRole("status")).toHaveText("段落链接已复制");
    const id = await paragraphId(reader, 1);
    const start = term(selected.slice(0, 8).join("").trim());
    const end = term(selected.slice(-8).join("").trim());
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${articlePath(article.seq)}#${id}:~:text=${start},${end}`,
    );
  });

  test("the toolbar works from the keyboard and Escape closes it", async ({ page }) => {
    const reader = new Reader(page);
    await reader.open(articlePath(3));
    await selectInParagraph(page, 0, 0, 6);
    const toolbar = selectionToolbar(page);
    const copy = toolbar.getByRole("button", { name: "复制引文" });
    await copy.focus();
    await page.keyboard.press("Enter");
    await expect(toolbar.getByRole("status")).toHaveText("引文已复制");
    await page.keyboard.press("Escape");
    await expect(toolbar).toHaveCount(0);
  });

  test("a selection outside the article body offers no toolbar", async ({ page }) => {
    const reader = new Reader(page);
    await reader.open(articlePath(3));
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector("h1")!);
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
    });
    await expect(page.locator("h1")).toBeVisible();
    expect(await page.evaluate(() => document.getSelection()!.toString().length)).toBeGreaterThan(0);
    await expect(selectionToolbar(page)).toHaveCount(0);
    // And a selection in the body then does.
    await selectInParagraph(page, 0, 0, 4);
    await expect(selectionToolbar(page)).toBeVisible();
  });
});

test("分享这段 uses the share sheet where there is one", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    Object.defineProperty(window, "__shareCalls", { value: calls });
    Object.defineProperty(navigator, "share", {
      value: (data: unknown) => (calls.push(data), Promise.resolve()),
      configurable: true,
    });
    Object.defineProperty(navigator, "canShare", { value: () => true, configurable: true });
  });
  const article = seed.articles[2]!;
  const reader = new Reader(page);
  await reader.open(articlePath(article.seq));
  const selected = clean(await selectInParagraph(page, 0, 0, 6));
  const toolbar = selectionToolbar(page);
  await toolbar.getByRole("button", { name: "分享这段" }).click();
  await expect(toolbar.getByRole("status")).toHaveText("已分享");
  const id = await paragraphId(reader, 0);
  const calls = await page.evaluate(() => (window as unknown as { __shareCalls: unknown[] }).__shareCalls);
  expect(calls).toEqual([
    {
      title: article.title,
      text: `“${selected}”`,
      url: `${baseURL}${articlePath(article.seq)}#${id}:~:text=${term(selected)}`,
    },
  ]);
});

test.describe("the share poster", () => {
  test("生成海报 draws a poster whose QR code is the article's URL; Escape closes it", async ({
    page,
    baseURL,
  }, testInfo) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const article = seed.articles[1]!;
    const reader = new Reader(page);
    await reader.open(articlePath(article.seq));
    // The poster's code (and the QR library) is not part of the page until asked for.
    const posterChunk = /\/assets\/(PosterDialog|draw-poster|browser|qrcode)[^/]*\.js$/u;
    expect(requested.filter((url) => posterChunk.test(url))).toEqual([]);

    await page.getByRole("button", { name: "生成海报" }).click();
    const dialog = posterDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("img", { name: `分享海报：${article.title}` })).toBeVisible();
    expect(requested.filter((url) => posterChunk.test(url)).length).toBeGreaterThan(0);
    expect(await posterQrText(dialog)).toBe(`${baseURL}${articlePath(article.seq)}`);
    const download = dialog.getByRole("link", { name: "下载海报" });
    expect(await download.getAttribute("download")).toMatch(/\.png$/u);
    expect(await download.getAttribute("href")).toBe(await dialog.getByRole("img").getAttribute("src"));
    // Modal: focus is inside the dialog and stays there.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    expect((await new AxeBuilder({ page }).include(".poster-dialog").analyze()).violations).toEqual([]);
    if (process.env.SHARE_SCREENSHOTS)
      await page.screenshot({ path: `/tmp/share-poster-${testInfo.project.name}.png` });

    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
  });

  test("the selection toolbar makes a poster of the passage", async ({ page, baseURL }, testInfo) => {
    const article = seed.articles[2]!;
    const reader = new Reader(page);
    await reader.open(articlePath(article.seq));
    await selectInParagraph(page, 0, 0, 12);
    const toolbar = selectionToolbar(page);
    if (process.env.SHARE_SCREENSHOTS)
      await page.screenshot({ path: `/tmp/share-toolbar-${testInfo.project.name}.png` });
    await toolbar.getByRole("button", { name: "生成海报" }).click();
    const dialog = posterDialog(page);
    await expect(dialog.getByRole("img", { name: `分享海报：${article.title}` })).toBeVisible();
    expect(await posterQrText(dialog)).toBe(`${baseURL}${articlePath(article.seq)}`);
    await dialog.getByRole("button", { name: "关闭" }).click();
    await expect(dialog).toHaveCount(0);
  });
});

test.describe("in WeChat", () => {
  test.use({
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
  });

  test("分享 copies the link and shows the poster instead of the share sheet", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.addInitScript(() => {
      // Even were a share sheet offered, WeChat's page must not call it.
      const calls: unknown[] = [];
      Object.defineProperty(window, "__shareCalls", { value: calls });
      Object.defineProperty(navigator, "share", {
        value: (data: unknown) => (calls.push(data), Promise.resolve()),
        configurable: true,
      });
    });
    const article = seed.articles[3]!;
    const reader = new Reader(page);
    await reader.open(articlePath(article.seq));
    await reader.share();
    const dialog = posterDialog(page);
    await expect(dialog.getByRole("img", { name: `分享海报：${article.title}` })).toBeVisible();
    expect(await posterQrText(dialog)).toBe(`${baseURL}${articlePath(article.seq)}`);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseURL}${articlePath(article.seq)}`);
    const calls = await page.evaluate(() => (window as unknown as { __shareCalls: unknown[] }).__shareCalls);
    expect(calls).toEqual([]);
  });
});
