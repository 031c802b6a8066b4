import type { Locator, Page } from "@playwright/test";
import { expect } from "../support/test";

/** The archive as a reader uses it: the papers, a month's calendar, issues and their pages. */
export class Archive {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.locator("html[data-hydrated]")).toHaveCount(1);
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "往期" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("往期回顾");
  }

  paper(name: string): Locator {
    return this.page.getByRole("region", { name });
  }

  /** Clicks a day in a calendar; its accessible name starts with the date (`2001年5月1日，2版，3篇`). */
  async openIssueOn(calendar: Locator, date: string): Promise<void> {
    await calendar.getByRole("link", { name: new RegExp(`^${date}，`, "u") }).click();
  }

  /** The years of a paper, with the runs of years without issues between them. */
  years(): Locator {
    return this.page.getByRole("navigation", { name: "年份" });
  }

  async openYear(year: number): Promise<void> {
    await this.years()
      .getByRole("link", { name: String(year), exact: true })
      .click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(`${year}年`);
  }

  /** The twelve months of a year's page. */
  months(): Locator {
    return this.page.getByRole("list", { name: /年各月$/u }).getByRole("listitem");
  }

  async openMonth(month: number): Promise<void> {
    await this.page
      .getByRole("list", { name: /年各月$/u })
      .getByRole("link", { name: new RegExp(`^${month}月`, "u") })
      .click();
  }

  monthNav(): Locator {
    return this.page.getByRole("navigation", { name: "月份" });
  }

  pageList(): Locator {
    return this.page.getByRole("navigation", { name: "版面导航" });
  }

  async openPage(no: number): Promise<void> {
    await this.pageList()
      .getByRole("link", { name: new RegExp(`^${no}版`, "u") })
      .click();
  }

  async nextIssue(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "期次导航" })
      .getByRole("link", { name: /下一期/u })
      .click();
  }

  async previousIssue(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "期次导航" })
      .getByRole("link", { name: /上一期/u })
      .click();
  }

  masthead(): Locator {
    return this.page.getByRole("main").getByRole("banner").or(this.page.getByRole("main").locator("header").first());
  }
}
