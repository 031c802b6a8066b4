import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "../support/test";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "url", "sitemap", "author"].includes(name),
});

/**
 * What a feed reader, a crawler and a reader following a paragraph link see of the site: the
 * feeds, sitemaps and robots.txt as fetched (and parsed back as XML), the feed a page's head
 * links, the paragraph a link marks.
 */
export class Discovery {
  constructor(readonly page: Page) {}

  private get request(): APIRequestContext {
    return this.page.request;
  }

  /** A file of the site as text, after checking its status and content type. */
  async text(path: string, type: RegExp): Promise<string> {
    const response = await this.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    return response.text();
  }

  /** An XML file of the site, well-formed, parsed (elements by name, attributes as `@name`). */
  async xml(path: string, type = /^application\/(?:atom\+)?xml; charset=utf-8$/u) {
    const text = await this.text(path, type);
    expect(XMLValidator.validate(text), path).toBe(true);
    return parser.parse(text);
  }

  /** The feed's entries: title, link, dates. */
  async feedEntries(path: string): Promise<{ title: string; link: string; published?: string; updated: string }[]> {
    const { feed } = await this.xml(path, /^application\/atom\+xml; charset=utf-8$/u);
    return (feed.entry ?? []).map(
      (e: { title: string; link: { "@href": string }; published?: string; updated: string }) => ({
        title: String(e.title),
        link: e.link["@href"],
        published: e.published,
        updated: e.updated,
      }),
    );
  }

  /** Every page URL the sitemap lists: `sitemap.xml`, or the parts its index lists. */
  async sitemapUrls(): Promise<string[]> {
    const root = await this.xml("/sitemap.xml");
    const locs = (urlset: { url?: { loc: string }[] }) => (urlset.url ?? []).map((u) => u.loc);
    if (root.urlset !== undefined) return locs(root.urlset);
    const parts: string[] = root.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    const urls: string[] = [];
    for (const part of parts) urls.push(...locs((await this.xml(new URL(part).pathname)).urlset));
    return urls;
  }

  /** The feed link of the live document's head. */
  feedLink(): Locator {
    return this.page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  }

  /** The article's paragraphs, and the one a link marked (outlined: `:target` or after a client navigation). */
  paragraphs(): Locator {
    return this.page.getByRole("article").locator(".article-body > p");
  }
}
