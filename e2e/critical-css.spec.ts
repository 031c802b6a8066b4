import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { STYLESHEET_META } from "../src/app/config/boot";
import { STORAGE_KEYS } from "../src/app/features/reading/api/stored-settings";
import { PAGE_GZIP_BUDGET } from "../scripts/prerender/critical-css";
import { Reader } from "./pages/reader";
import { pdfArticlePath, pdfPagePath } from "./support/printed-issue";
import { articlePath, SEED_ISSUE } from "./support/seed";
import { expect, test } from "./support/test";

/**
 * Issue 17: a prerendered page holds inline only the part of the style sheet its markup uses, so
 * that its HTML fits the first round trip; the whole sheet comes after the first paint and changes
 * nothing on screen when it applies (`scripts/prerender/critical-css.ts`).
 */
const PAGES = [
  "/",
  `${SEED_ISSUE}1/`,
  articlePath(1),
  "/archive/",
  "/people/",
  `/people/${encodeURIComponent("廖述毅")}/`,
  "/search/",
  pdfPagePath(1),
  pdfArticlePath(1, 1),
];

/** Holds every script file of the build back (never answered): the page is its HTML and inline head alone. */
async function holdBackScripts(page: Page): Promise<void> {
  await page.route(/\/assets\/.+\.js(?:\?.*)?$/u, () => undefined);
}

/** Every element's computed style and box, and its ::before and ::after content, in document order. */
function styles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("body, body *"), (el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const props = Array.from(style, (name) => `${name}:${style.getPropertyValue(name)}`);
      const pseudo = ["::before", "::after"].map((p) => getComputedStyle(el, p).content);
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`;
      return `${name} [${[box.x, box.y, box.width, box.height].map(Math.round).join(",")}] ${pseudo.join(" ")} ${props.join(";")}`;
    }),
  );
}

/** The first few elements whose style differs, each with the properties that differ. */
function differences(before: string[], after: string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < Math.max(before.length, after.length) && found.length < 5; i++) {
    if (before[i] === after[i]) continue;
    const a = (before[i] ?? "").split(";");
    const b = new Set((after[i] ?? "").split(";"));
    found.push(`${(before[i] ?? "").split(" ")[0]}: ${a.filter((p) => !b.has(p)).join("; ")}`);
  }
  return found;
}

/**
 * Frames the layout must stay the same before it counts as settled. The people index's letter
 * sections are `content-visibility: auto`: over the first frames after load the browser lays the
 * off-screen ones out at their intrinsic size (one frame was seen late, under load), so a page
 * measured at once can change height between two measurements with no style sheet involved.
 */
const SETTLED_FRAMES = 5;

/** Waits until the document's height has not changed for SETTLED_FRAMES animation frames. */
async function settledLayout(page: Page): Promise<void> {
  await page.waitForFunction(
    (frames) => {
      const state = window as unknown as { folioSettle?: { height: number; same: number } };
      const height = document.documentElement.scrollHeight;
      const last = state.folioSettle ?? { height: -1, same: 0 };
      state.folioSettle = last.height === height ? { height, same: last.same + 1 } : { height, same: 0 };
      if (state.folioSettle.same < frames) return false;
      delete state.folioSettle;
      return true;
    },
    SETTLED_FRAMES,
    { polling: "raf" },
  );
}

/** Opens the page without its scripts, then applies the whole sheet as the boot does: what changed. */
async function changedByWholeSheet(page: Page, path: string): Promise<string[]> {
  await page.goto(path, { waitUntil: "commit" });
  await expect(page.locator("#root > *").first()).toBeAttached();
  await page.waitForFunction(() => document.readyState !== "loading");
  await settledLayout(page);
  const before = await styles(page);
  expect(before.length, path).toBeGreaterThan(10);
  const loaded = await page.evaluate(async (meta) => {
    const href = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content;
    if (href === undefined) return false;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    const done = new Promise<boolean>((resolve) => {
      link.onload = () => resolve(true);
      link.onerror = () => resolve(false);
    });
    document.head.append(link);
    return done;
  }, STYLESHEET_META);
  expect(loaded, `${path}: the whole sheet loads`).toBe(true);
  await settledLayout(page);
  return differences(before, await styles(page));
}

test.describe("critical CSS", () => {
  test.afterEach(async ({ page }) => page.unrouteAll({ behavior: "ignoreErrors" }));

  test("every page kind's HTML fits one round trip, gzip-compressed, its whole sheet linked only for no-JS", async ({
    request,
  }) => {
    for (const path of PAGES) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const bytes = gzipSync(html, { level: 9 }).length;
      console.log(`${path}: ${bytes} B gzip`);
      expect(bytes, `${path}: ${bytes} B gzip`).toBeLessThanOrEqual(PAGE_GZIP_BUDGET);
      const href = new RegExp(`<meta name="${STYLESHEET_META}" content="([^"]+)"`, "u").exec(html)?.[1];
      expect(href, path).toMatch(/^\/assets\/.+\.css$/u);
      expect(html.replace(/<noscript>[\s\S]*?<\/noscript>/gu, ""), path).not.toContain('rel="stylesheet"');
      expect(html, path).toContain(`<noscript><link rel="stylesheet" href="${href}" /></noscript>`);
    }
  });

  // One test a page: each page reads every element's computed style twice (thousands of elements on
  // the people index), which on a loaded 2-core machine took more than one test's time for nine pages.
  for (const path of PAGES)
    test(`the whole sheet, arriving after the first paint, changes no element's style or box: ${path}`, async ({
      page,
    }) => {
      await holdBackScripts(page);
      expect(await changedByWholeSheet(page, path), path).toEqual([]);
    });

  for (const path of ["/", articlePath(1), pdfPagePath(1)])
    test(`nor with a stored dark theme and the largest font size: ${path}`, async ({ page }) => {
      await holdBackScripts(page);
      await page.addInitScript(
        ({ keys }) => {
          localStorage.setItem(keys.fontSize, "4");
          localStorage.setItem(keys.theme, "dark");
        },
        { keys: STORAGE_KEYS },
      );
      expect(await changedByWholeSheet(page, path), path).toEqual([]);
      expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    });

  test("the app loads the whole sheet before it hydrates, once", async ({ page }) => {
    const reader = new Reader(page);
    await reader.open(articlePath(1));
    const href = await page.locator(`meta[name="${STYLESHEET_META}"]`).getAttribute("content");
    const links = page.locator(`head link[rel="stylesheet"]`);
    await expect(links).toHaveCount(1);
    expect(await links.getAttribute("href")).toBe(href);
    expect(await links.evaluate((link: HTMLLinkElement) => link.sheet !== null && link.sheet.cssRules.length > 0)).toBe(
      true,
    );
    // A view the prerendered page did not have gets its style: the next page, by the app's own navigation.
    await page.getByRole("link", { name: "人物" }).first().click();
    await expect(page).toHaveURL(/\/people\/$/u);
    await expect(links).toHaveCount(1);
  });
});
