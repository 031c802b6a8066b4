import type { Locator, Page } from "@playwright/test";
import { expect } from "../support/test";
import { bare } from "../support/seed";

/** The reader as a user sees it: methods named after what they do, locators by role and text. */
export class Reader {
  constructor(readonly page: Page) {}

  async openHome(): Promise<void> {
    await this.page.goto("/");
    await this.waitUntilInteractive();
  }

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.waitUntilInteractive();
  }

  /** The app marks <html> once React has hydrated the prerendered page. */
  async waitUntilInteractive(): Promise<void> {
    await expect(this.page.locator("html[data-hydrated]")).toHaveCount(1);
  }

  pageHeadlines(): Locator {
    return this.page
      .getByRole("main")
      .getByRole("heading", { level: 2 })
      .filter({ hasNot: this.page.getByText("本版标题", { exact: true }) });
  }

  async openArticle(title: string): Promise<void> {
    await this.page.getByRole("main").getByRole("article").getByRole("link", { name: title, exact: true }).click();
    await expect(this.articleTitle()).toHaveText(title);
  }

  articleTitle(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async articleParagraphs(): Promise<string[]> {
    const texts = await this.page.getByRole("article").locator(".article-body p").allTextContents();
    return texts.map(bare);
  }

  async goToNextArticle(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "文章导航" })
      .getByRole("link", { name: /下一篇/u })
      .click();
  }

  async goToPreviousArticle(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "文章导航" })
      .getByRole("link", { name: /上一篇/u })
      .click();
  }

  async share(): Promise<void> {
    await this.page.getByRole("button", { name: "分享" }).click();
  }

  shareStatus(): Locator {
    return this.page.getByRole("status");
  }

  async hasHorizontalScroll(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }
}
