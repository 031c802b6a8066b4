import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "../support/test";

/** The offline features as a reader uses them: install, save an issue, read without a network. */
export class Offline {
  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
  ) {}

  /** Waits until the service worker is active and controls this page. */
  async waitForServiceWorker(): Promise<void> {
    await this.page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active !== null && navigator.serviceWorker.controller !== null;
    });
  }

  /** Waits until an issue file the page opened is in the service worker's cache. */
  async waitUntilKept(issueFile: string): Promise<void> {
    await this.page.waitForFunction(
      async (part) => (await (await caches.open("folio-issues")).keys()).some((r) => r.url.includes(part)),
      issueFile,
    );
  }

  async saveThisIssue(): Promise<void> {
    await this.page.getByRole("button", { name: "保存本期" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /已保存，可离线阅读/u })).toBeVisible();
  }

  async goOffline(): Promise<void> {
    await this.context.setOffline(true);
  }
}
