import type { Page } from "@playwright/test";
import { ROUTE_HEAD_SELECTOR } from "../src/app/lib/head";
import { Reader } from "./pages/reader";
import { expect, test } from "./support/test";
import { articlePath } from "./support/seed";

/**
 * One route table builds every page's head, for the prerender and for the running app: the head a
 * page has in its HTML file is the head it has after hydration, and after a client-side navigation
 * to it. One page of each kind of route.
 */
const PAGES = [
  "/",
  "/archive/",
  "/maonan/",
  "/maonan/2023/",
  "/maonan/2023-02/",
  "/maonan/2023-02-26/",
  "/maonan/2023-02-26/1/",
  articlePath(4),
  "/rmrb/2001-05-01/3/",
  "/people/",
  `/people/${encodeURIComponent("廖述毅")}/`,
  "/search/",
];

/** The route-owned head elements of a page: as the HTML file has them, or as the live document does. */
async function fileHead(page: Page, path: string): Promise<string[]> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return page.evaluate(
    ({ html, selector }) =>
      Array.from(
        new DOMParser().parseFromString(html, "text/html").head.querySelectorAll(selector),
        (e) => e.outerHTML,
      ),
    { html, selector: ROUTE_HEAD_SELECTOR },
  );
}

function liveHead(page: Page): Promise<string[]> {
  return page.evaluate(
    (selector) => Array.from(document.head.querySelectorAll(selector), (e) => e.outerHTML),
    ROUTE_HEAD_SELECTOR,
  );
}

async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, "", to);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

test.describe("every page's head is one source's", () => {
  for (const path of PAGES) {
    test(`${decodeURIComponent(path)}: the same head in the file, after hydration and after navigating to it`, async ({
      page,
    }) => {
      const reader = new Reader(page);
      await reader.open(path);
      const prerendered = await fileHead(page, path);
      expect(prerendered.length, "the file has a head").toBeGreaterThan(8);
      expect(prerendered[0]).toMatch(/^<title>.+ - Folio<\/title>$|^<title>Folio<\/title>$/u);
      expect(await liveHead(page), "after hydration").toEqual(prerendered);

      // From another page, in the app: the head is rebuilt from the route's data.
      await reader.open(path === "/archive/" ? "/" : "/archive/");
      await navigateInApp(page, path);
      await expect.poll(() => liveHead(page), { message: "after a client-side navigation" }).toEqual(prerendered);
    });
  }

  test.describe(() => {
    test.use({ allowConsoleErrors: /status of 404/u });
    test("the not-found page: in 404.html, after loading, and after navigating to an unknown address", async ({
      page,
    }) => {
      const reader = new Reader(page);
      const response = await page.request.get("/nope/");
      expect(response.status()).toBe(404);
      const html = await response.text();
      await page.goto("/nope/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
      const prerendered = await page.evaluate(
        ({ html, selector }) =>
          Array.from(
            new DOMParser().parseFromString(html, "text/html").head.querySelectorAll(selector),
            (e) => e.outerHTML,
          ),
        { html, selector: ROUTE_HEAD_SELECTOR },
      );
      expect(prerendered).toContain('<meta name="robots" content="noindex">');
      expect(await liveHead(page)).toEqual(prerendered);
      await reader.open(articlePath(2));
      await navigateInApp(page, "/maonan/2023-02-26/1/99/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
      await expect.poll(() => liveHead(page)).toEqual(prerendered);
    });
  });

  test("a search's title names its query", async ({ page }) => {
    const reader = new Reader(page);
    await reader.open("/search/?q=乡村");
    await expect(page).toHaveTitle("搜索：乡村 - Folio");
  });
});
