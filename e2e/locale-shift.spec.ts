import type { Page } from "@playwright/test";
import { pdfPagePath, printedIssue } from "./support/printed-issue";
import { expect, test } from "./support/test";

/**
 * Issue 15: a browser whose language is English gets the prerendered Chinese page, and the app puts
 * the interface into English after hydration. Nothing on screen may move when it does: the head's
 * bootstrap marks the page (`data-locale-pending`) and the app's content stays hidden until it is
 * English. Measured as Chrome measures CLS: the layout-shift entries of the whole visit, summed.
 * (Before this, the printed page at phone width shifted by 0.21: its page chips grew and pushed
 * 下一版 onto a line of its own.)
 */
const PAGES = ["/", pdfPagePath(1)];
/** A good CLS is ≤ 0.1; a page that only changes its words should not shift at all. */
const MAX_SHIFT = 0.01;

/** Collects every layout shift from the start of the page's life (registered before any script). */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; input: boolean; nodes: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      }[])
        w.shifts.push({
          value: entry.value,
          input: entry.hadRecentInput,
          nodes: entry.sources.map((s) => (s.node?.textContent ?? "?").slice(0, 40)),
        });
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The layout shifts so far, after two more frames (an entry is reported after its frame). */
async function shifts(page: Page): Promise<{ value: number; input: boolean; nodes: string[] }[]> {
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return (window as unknown as { shifts: { value: number; input: boolean; nodes: string[] }[] }).shifts;
  });
}

test.describe("an English browser", () => {
  test.use({ locale: "en-US" });

  for (const path of PAGES) {
    test(`sees ${path} switch to English without a layout shift`, async ({ page }) => {
      await recordShifts(page);
      const response = await page.goto(path);
      // The page as published: Chinese, with its English alternate named.
      expect(await response!.text()).toMatch(/<html lang="zh-CN"[^>]*>/u);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator("html")).not.toHaveAttribute("data-locale-pending");
      await expect(
        page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Archive" }),
      ).toBeVisible();
      await expect(page.locator("#root")).toBeVisible();
      const all = await shifts(page);
      const total = all.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(all)).toBeLessThanOrEqual(MAX_SHIFT);
    });
  }

  test("sees the current page's chip inside the page strip once the chips are in English", async ({ page }) => {
    const last = printedIssue().pages.length;
    await page.goto(pdfPagePath(last));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const strip = page.getByRole("navigation", { name: "Pages", exact: true }).getByRole("list");
    const chip = strip.locator('[aria-current="page"]');
    await expect(chip).toContainText(`p. ${last}`);
    await expect
      .poll(async () => {
        const [outer, inner] = [await strip.boundingBox(), await chip.boundingBox()];
        return (
          outer !== null &&
          inner !== null &&
          inner.x >= outer.x - 0.5 &&
          inner.x + inner.width <= outer.x + outer.width + 0.5
        );
      })
      .toBe(true);
  });

  test("gets the page hidden until the app has put it into English; a Chinese browser sees it at once", async ({
    browser,
  }) => {
    for (const locale of ["en-US", "zh-CN"]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      // The app's code held back (never answered): what shows is the HTML and its inline head alone.
      await page.route(/\/assets\/.+\.js(?:\?.*)?$/u, () => undefined);
      await page.goto(pdfPagePath(1), { waitUntil: "commit" });
      const root = page.locator("#root");
      if (locale === "en-US") {
        await expect(page.locator("html")).toHaveAttribute("data-locale-pending", "");
        // Shown after 3 s whatever happens (the CSS's own timeout), in Chinese as published. The
        // timeout is read off the page and replayed from its start, so that a slow machine, which
        // may take 3 s to get here, sees the same as a fast one.
        const timeout = await root.evaluate((el) => {
          const animation = el.getAnimations()[0];
          if (animation === undefined) return null;
          animation.pause();
          animation.currentTime = 0;
          return animation.effect?.getTiming().delay ?? null;
        });
        expect(timeout).toBe(3000);
        await expect(root).toBeHidden();
        await root.evaluate((el) => el.getAnimations()[0]!.finish());
        await expect(root).toBeVisible();
      } else {
        await expect(page.locator("html")).not.toHaveAttribute("data-locale-pending");
        await expect(root).toBeVisible();
      }
      await expect(page.getByRole("link", { name: "往期" }).first()).toBeVisible();
      await page.unrouteAll({ behavior: "ignoreErrors" });
      await context.close();
    }
  });
});
