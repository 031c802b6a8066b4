import type { Locator, Page } from "@playwright/test";
import { expect } from "../support/test";

/** The 人物 pages as a reader uses them. */
export class People {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.locator("html[data-hydrated]")).toHaveCount(1);
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "人物" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("人物");
  }

  names(): Locator {
    return this.page.locator(".people-list .person-name");
  }

  async filter(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: /筛选/u }).fill(text);
  }

  async openPerson(name: string): Promise<void> {
    await this.page.getByRole("link", { name, exact: true }).first().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(name);
  }

  mentionTitles(): Locator {
    return this.page.getByRole("region", { name: "相关报道" }).getByRole("listitem").getByRole("link");
  }
}
