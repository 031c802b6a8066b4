import type { Locator, Page } from "@playwright/test";
import { expect } from "../support/test";

/** The printed page (版面图) as a reader uses it: its image, its regions, zoom, the view toggle, thumbnails. */
export class PageView {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator("html[data-hydrated]")).toHaveCount(1);
  }

  image(): Locator {
    return this.page.getByRole("img", { name: /版面图$/u });
  }

  /** The articles' regions: links inside the page image's SVG, in document (reading) order. */
  regions(): Locator {
    return this.page.locator(".page-regions a");
  }

  region(title: string): Locator {
    return this.page.locator(".page-regions").getByRole("link", { name: title, exact: true });
  }

  async zoomIn(): Promise<void> {
    await this.page.getByRole("button", { name: "放大版面" }).click();
  }

  zoomLevel(): Locator {
    return this.page.getByRole("group", { name: "缩放版面" }).locator("output");
  }

  viewport(): Locator {
    return this.page.locator(".page-viewport");
  }

  /** The view toggle's button (版面图 / 本版标题) of the view on screen. */
  viewButton(name: "版面图" | "本版标题"): Locator {
    return this.page.getByRole("group", { name: "版面显示方式" }).getByRole("button", { name, exact: true });
  }

  thumbnails(): Locator {
    return this.page.getByRole("navigation", { name: "全部版面" }).getByRole("link");
  }

  notice(): Locator {
    return this.page.getByRole("note");
  }
}
