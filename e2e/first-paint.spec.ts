import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { PNG } from "pngjs";
import { STORAGE_KEYS } from "../src/app/features/reading/api/stored-settings";
import { articlePath } from "./support/seed";
import { expect, test } from "./support/test";

/**
 * Issue 17: nothing in the head waits for another request before the first paint, the reader's
 * settings are in that first paint, and the search page shows its heading and form before the app
 * loads. "Before the app loads" is made certain by holding back every script file of the build
 * (the requests stay pending): what the test sees is the HTML and its inline head alone.
 */
const PAGES = ["/", articlePath(1), "/people/", "/search/?q=%E4%B9%A1%E6%9D%91"];

/** Holds every script file of the build back; returns how many of them finished (none should). */
async function holdBackScripts(page: Page): Promise<() => number> {
  let finished = 0;
  page.on("requestfinished", (request) => {
    if (/\/assets\/.+\.js$/u.test(new URL(request.url()).pathname)) finished++;
  });
  // Never answered: the request stays pending until the page closes.
  await page.route(/\/assets\/.+\.js(?:\?.*)?$/u, () => undefined);
  return () => finished;
}

/** The colour of a pixel of a screenshot of the viewport (an area the page's background shows). */
async function backgroundPixel(page: Page): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot());
  const at = (png.width * (png.height - 4) + 4) * 4;
  return [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
}

const luminance = ([r, g, b]: [number, number, number]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

test.describe("the first paint", () => {
  test.afterEach(async ({ page }) => page.unrouteAll({ behavior: "ignoreErrors" }));

  test("has nothing in the head that blocks it: no external classic script, no linked style sheet", async ({
    page,
  }) => {
    for (const path of PAGES) {
      await page.goto(path);
      const head = page.locator("head");
      // A classic script with src blocks parsing; a module script is deferred.
      expect(await head.locator("script[src]:not([type='module']):not([async]):not([defer])").count(), path).toBe(0);
      // No linked style sheet in the HTML (the whole sheet is inserted by the boot after the first
      // paint; a <noscript> link is one only without JavaScript).
      const html = await (await page.request.get(path)).text();
      expect(html.replace(/<noscript>[\s\S]*?<\/noscript>/gu, ""), path).not.toMatch(/<link rel="stylesheet"/u);
      // What is inline is allowed by its hash and nothing else is (no 'unsafe-inline').
      const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"))!;
      expect(policy, path).not.toContain("unsafe-inline");
      const inline = await page
        .locator("script:not([src]):not([type='application/ld+json']), style")
        .evaluateAll((elements) => elements.map((e) => ({ tag: e.tagName.toLowerCase(), text: e.textContent ?? "" })));
      expect(inline.map((e) => e.tag).sort(), path).toEqual(["script", "style"]);
      for (const { tag, text } of inline) {
        const hash = `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
        const directive = policy.split("; ").find((d) => d.startsWith(`${tag}-src `));
        expect(directive?.split(" "), `${path}: ${tag}`).toContain(hash);
      }
    }
  });

  test("shows the stored font size and theme before any of the app's code has loaded", async ({ page }) => {
    const finished = await holdBackScripts(page);
    // Without stored settings (a light system theme): the light page at the default size.
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(articlePath(1), { waitUntil: "commit" });
    const body = page.locator(".article-body");
    await expect(body).toBeVisible();
    const defaultSize = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(luminance(await backgroundPixel(page))).toBeGreaterThan(0.8);

    await page.addInitScript(
      ({ keys, size, theme }) => {
        localStorage.setItem(keys.fontSize, size);
        localStorage.setItem(keys.theme, theme);
      },
      { keys: STORAGE_KEYS, size: "4", theme: "dark" },
    );
    await page.goto(articlePath(1), { waitUntil: "commit" });
    await expect(body).toBeVisible();
    const screenshot = await page.screenshot();
    await test.info().attach("before the app, dark and largest size", { body: screenshot, contentType: "image/png" });
    expect(luminance(await backgroundPixel(page))).toBeLessThan(0.2);
    const size = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThan(defaultSize * 1.3);
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(finished()).toBe(0);
  });

  test("of the search page shows its heading and form before the app loads", async ({ page }) => {
    const finished = await holdBackScripts(page);
    await page.goto("/search/?q=%E4%B9%A1%E6%9D%91", { waitUntil: "commit" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const form = page.getByRole("search");
    await expect(form).toBeVisible();
    await expect(form.getByRole("searchbox")).toBeVisible();
    await expect(page.getByText("筛选与排序")).toBeVisible();
    await test.info().attach("search before the app", { body: await page.screenshot(), contentType: "image/png" });
    expect(finished()).toBe(0);
  });
});
