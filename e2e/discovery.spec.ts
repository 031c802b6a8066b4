import type { Manifest, Issue, YearIndex } from "../src/bundle/schema";
import { discoveryPaths, paths } from "../src/app/config/paths";
import { Discovery } from "./pages/discovery";
import { Reader } from "./pages/reader";
import { articlePath, bare, seed, SEED_ISSUE } from "./support/seed";
import { expect, test } from "./support/test";

/**
 * How the site is found and shared: each paper's Atom feed, the sitemap of every page, robots.txt
 * naming it, the feed link in every page's head, and links to a paragraph (`#p3`), which open
 * scrolled to the paragraph and mark it, before any script and after a client-side navigation.
 */

/** Every article's path in the build, from the site's own data files (not from the sitemap's source). */
async function articlePaths(discovery: Discovery): Promise<string[]> {
  const manifest = JSON.parse(await discovery.text("/data/manifest.json", /json/u)) as Manifest;
  const result: string[] = [];
  for (const paper of manifest.papers)
    for (const { file } of paper.years)
      for (const entry of (JSON.parse(await discovery.text(`/data/${file}`, /json/u)) as YearIndex).issues) {
        const issue = JSON.parse(await discovery.text(`/data/${entry.file}`, /json/u)) as Issue;
        for (const page of issue.pages)
          for (const article of page.articles)
            result.push(paths.article.to(paper.id, issue.date, page.no, article.seq));
      }
  return result;
}

test.describe("feeds, sitemap and robots.txt", () => {
  test("the seed paper's feed has every article of its latest issue, linked, with no inferred publication date", async ({
    page,
    baseURL,
  }) => {
    const discovery = new Discovery(page);
    const entries = await discovery.feedEntries(discoveryPaths.feed("maonan"));
    expect(entries.map((e) => bare(e.title))).toEqual(seed.articles.map((a) => bare(a.title)));
    expect(entries.map((e) => e.link)).toEqual(seed.articles.map((a) => `${baseURL}${articlePath(a.seq)}`));
    // The seed's date is inferred: no entry claims it was published then.
    for (const entry of entries) {
      expect(entry.published).toBeUndefined();
      expect(entry.updated).not.toMatch(/^2023-02-26/u);
    }
  });

  test("the sitemap lists every article once, and no search or not-found page", async ({ page, baseURL }) => {
    const discovery = new Discovery(page);
    const urls = await discovery.sitemapUrls();
    expect(new Set(urls).size).toBe(urls.length);
    const articles = await articlePaths(discovery);
    expect(articles.length).toBeGreaterThan(seed.articles.length);
    for (const path of articles) expect(urls, path).toContain(`${baseURL}${path}`);
    for (const path of ["/", SEED_ISSUE, "/archive/", "/people/", `/people/${encodeURIComponent("廖述毅")}/`])
      expect(urls, path).toContain(`${baseURL}${path}`);
    expect(urls).not.toContain(`${baseURL}/search/`);
    expect(urls).not.toContain(`${baseURL}/404/`);
  });

  test("robots.txt names the sitemap by its absolute URL", async ({ page, baseURL }) => {
    const robots = await new Discovery(page).text("/robots.txt", /^text\/plain; charset=utf-8$/u);
    expect(robots.split("\n")).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });
});

test.describe("every page's head links its feed", () => {
  const PAGES: [string, string][] = [
    ["/", "maonan"],
    ["/archive/", "maonan"],
    ["/maonan/2023-02/", "maonan"],
    [SEED_ISSUE, "maonan"],
    [articlePath(4), "maonan"],
    ["/rmrb/", "rmrb"],
    ["/rmrb/2001-05-01/3/", "rmrb"],
    ["/people/", "maonan"],
    [`/people/${encodeURIComponent("廖述毅")}/`, "maonan"],
    ["/search/", "maonan"],
  ];
  for (const [path, paper] of PAGES) {
    test(`${decodeURIComponent(path)} links the ${paper} feed, which a feed reader can fetch`, async ({
      page,
      baseURL,
    }) => {
      const reader = new Reader(page);
      const discovery = new Discovery(page);
      await reader.open(path);
      await expect(discovery.feedLink()).toHaveCount(1);
      await expect(discovery.feedLink()).toHaveAttribute("href", `${baseURL}${discoveryPaths.feed(paper)}`);
      await expect(discovery.feedLink()).toHaveAttribute("title", /\S 最新文章$/u);
      const entries = await discovery.feedEntries(discoveryPaths.feed(paper));
      expect(entries.length).toBeGreaterThan(0);
    });
  }
});

test.describe("a link to a paragraph", () => {
  const ARTICLE = 4;

  test("opens scrolled to the paragraph, marked, and only that one", async ({ page }) => {
    const reader = new Reader(page);
    const discovery = new Discovery(page);
    await reader.open(`${articlePath(ARTICLE)}#p3`);
    const paragraphs = discovery.paragraphs();
    await expect(paragraphs).toHaveCount(seed.articles[ARTICLE - 1]!.paragraphs.length);
    const third = paragraphs.nth(2);
    await expect(third).toHaveAttribute("id", /^p-[0-9a-z]{7}$/u);
    await expect(third).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(third).toHaveCSS("outline-style", "solid");
    for (const i of [0, 1, 3]) await expect(paragraphs.nth(i)).toHaveCSS("outline-style", "none");
    await page.screenshot({ path: `/tmp/anchor-${test.info().project.name}-light.png` });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("body")).toHaveCSS("color-scheme", "dark");
    await page.screenshot({ path: `/tmp/anchor-${test.info().project.name}-dark.png` });
  });

  test("by its stable id, after a client-side navigation from another article", async ({ page }) => {
    const reader = new Reader(page);
    const discovery = new Discovery(page);
    await reader.open(articlePath(ARTICLE));
    const id = await discovery.paragraphs().nth(3).getAttribute("id");
    expect(id).toMatch(/^p-[0-9a-z]{7}$/u);
    await reader.open(articlePath(1));
    await page.evaluate(
      (to) => {
        history.pushState({}, "", to);
        dispatchEvent(new PopStateEvent("popstate"));
      },
      `${articlePath(ARTICLE)}#${id}`,
    );
    await expect(reader.articleTitle()).toHaveText(seed.articles[ARTICLE - 1]!.title);
    const fourth = page.locator(`[id="${id}"]`);
    await expect(fourth).toHaveClass("paragraph-target");
    await expect(fourth).toBeInViewport();
    await expect(fourth).toHaveCSS("outline-style", "solid");
    await expect(discovery.paragraphs().nth(2)).toHaveCSS("outline-style", "none");
  });

  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test("works in the prerendered page before any script", async ({ page }) => {
      const discovery = new Discovery(page);
      await page.goto(`${articlePath(ARTICLE)}#p3`);
      const third = discovery.paragraphs().nth(2);
      await expect(third).toBeInViewport();
      await expect(third).toHaveCSS("outline-style", "solid");
      await expect(discovery.paragraphs().nth(0)).toHaveCSS("outline-style", "none");
    });
  });
});
