import type { Locator, Page } from "@playwright/test";
import { expect } from "../support/test";

/** Searching as a reader does: the header's search box, the results page, a result's article. */
export class Search {
  constructor(readonly page: Page) {}

  box(): Locator {
    return this.page.getByRole("banner").getByRole("searchbox");
  }

  async typeQuery(text: string): Promise<void> {
    await this.box().click();
    await this.box().pressSequentially(text);
  }

  results(): Locator {
    return this.page.getByRole("list", { name: "搜索结果" }).getByRole("listitem");
  }

  resultTitles(): Locator {
    return this.results().getByRole("heading", { level: 2 });
  }

  status(): Locator {
    return this.page.getByRole("main").getByRole("status");
  }

  /** The search page's way out of a failed search: try again (a new worker). */
  retryButton(): Locator {
    return this.page.getByRole("main").getByRole("button", { name: "重试" });
  }

  /** Offered when retrying failed too: a full page load gets the deployment's current code. */
  reloadButton(): Locator {
    return this.page.getByRole("main").getByRole("button", { name: "重新载入页面" });
  }

  async waitForResults(count: number): Promise<void> {
    await expect(this.status()).toHaveText(new RegExp(`找到 ${count} 篇文章`, "u"));
    await expect(this.results()).toHaveCount(count);
  }
}
