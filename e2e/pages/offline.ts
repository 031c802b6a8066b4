import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "../support/test";

/** The offline features as a reader uses them: install, save an issue, read without a network. */
export class Offline {
  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
  ) {}

  // These wait by polling an evaluation: `page.waitForFunction` takes an async predicate's
  // promise for a truthy answer and returns at once, without waiting at all.

  /** Waits until the service worker is active and controls this page. */
  async waitForServiceWorker(): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return registration.active !== null && navigator.serviceWorker.controller !== null;
        }),
      )
      .toBe(true);
  }

  /** Waits until an issue file the page opened is in the service worker's cache. */
  async waitUntilKept(issueFile: string): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(
          async (part) => (await (await caches.open("folio-issues")).keys()).some((r) => r.url.includes(part)),
          issueFile,
        ),
      )
      .toBe(true);
  }

  async saveThisIssue(): Promise<void> {
    await this.page.getByRole("button", { name: "保存本期" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /已保存，可离线阅读/u })).toBeVisible();
  }

  /** The paths of every page and issue file in the caches the app and its service worker share. */
  async cachedPaths(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of ["folio-pages", "folio-issues"])
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      return paths.sort();
    });
  }

  /** The line under 保存本期 that says how saving went. */
  saveStatus() {
    return this.page.getByRole("status").filter({ hasText: /保存/u });
  }

  async goOffline(): Promise<void> {
    await this.context.setOffline(true);
  }
}
