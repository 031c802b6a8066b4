import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, type Article, type Issue } from "../../src/bundle/schema";
import { atomFeed, FEED_ISSUES, FEED_MAX_ENTRIES } from "./feed";
import { robotsTxt } from "./robots";
import { isRecentIssue, newsSitemap, sitemapFiles, type SitemapLimits } from "./sitemap";
import { escapeXml } from "./xml";

const site = { siteUrl: "https://news.example.org", base: "/folio" };
const now = new Date("2024-03-10T06:00:00Z");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "author", "url", "sitemap"].includes(name),
});

/** Parses XML back, after checking it is well-formed. */
// Elements by name, repeated ones (`isArray`) as arrays, attributes as `@name`, text as strings.
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

function article(seq: number, over: Partial<Article> = {}): Article {
  return {
    id: `1-${seq}`,
    seq,
    title: `标题${seq}`,
    subtitles: [],
    byline: null,
    paragraphs: [`第${seq}篇的第一段。`, "第二段。"],
    caption: null,
    people: [],
    sourceLines: [1, 2],
    ...over,
  };
}

function issue(date: string, articles: Article[], dateApproximate = false): Issue {
  return {
    type: "folio/issue",
    version: BUNDLE_VERSION,
    date,
    dateApproximate,
    dateNote: dateApproximate ? "推断" : null,
    paper: { id: "daily", name: "每日报", nameNote: null },
    pages: [{ no: 1, name: null, articles, unassigned: [] }],
  };
}

describe("the Atom feed", () => {
  it("is well-formed Atom with an entry per article of the latest issues, newest first", () => {
    const issues = [
      issue("2024-03-09", [article(1, { byline: { raw: "记者 张三 李四", reporters: ["张三", "李四"] } }), article(2)]),
      issue("2024-03-08", [article(1)]),
      issue("2024-03-07", [article(1)]),
      issue("2024-03-06", [article(1)]),
    ];
    const { feed } = parse(atomFeed({ id: "daily", name: "每日报" }, issues, { site, now }));
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe("zh-CN");
    expect(feed.updated).toBe(now.toISOString());
    expect(feed.author).toEqual([{ name: "每日报" }]);
    expect(FEED_ISSUES).toBe(3);
    const ids = feed.entry.map((e: { id: string }) => e.id);
    expect(ids).toEqual([
      "https://news.example.org/folio/daily/2024-03-09/1/1/",
      "https://news.example.org/folio/daily/2024-03-09/1/2/",
      "https://news.example.org/folio/daily/2024-03-08/1/1/",
      "https://news.example.org/folio/daily/2024-03-07/1/1/",
    ]);
    const first = feed.entry[0];
    expect(first.title).toBe("标题1");
    expect(first.link["@href"]).toBe(ids[0]);
    expect(first.published).toBe("2024-03-09T00:00:00+08:00");
    expect(first.updated).toBe("2024-03-09T00:00:00+08:00");
    expect(first.author).toEqual([{ name: "张三" }, { name: "李四" }]);
    expect(first.summary).toBe("第1篇的第一段。第二段。");
    expect(feed.entry[1].author).toBeUndefined();
  });

  it("never gives an inferred date as a publication date", () => {
    const { feed } = parse(
      atomFeed({ id: "daily", name: "每日报" }, [issue("2023-02-26", [article(1)], true)], { site, now }),
    );
    const [entry] = feed.entry;
    expect(entry.published).toBeUndefined();
    expect(entry.updated).toBe(now.toISOString());
    expect(entry.summary).toMatch(/^〔约2023年2月26日，日期系推断〕第1篇/u);
  });

  it("escapes markup and quotes in titles and summaries", () => {
    const title = `<b>"A&B"</b> 'x' & <script>`;
    const xml = atomFeed(
      { id: "daily", name: "R&D <报>" },
      [issue("2024-03-09", [article(1, { title, paragraphs: ["a < b && c > d\u0001。"] })])],
      { site, now },
    );
    const { feed } = parse(xml);
    expect(feed.title).toBe("R&D <报> 最新文章");
    expect(feed.entry[0].title).toBe(title);
    expect(feed.entry[0].summary).toBe("a < b && c > d。");
    expect(xml).not.toContain("<b>");
  });

  it("stops at its entry limit", () => {
    const many = Array.from({ length: FEED_MAX_ENTRIES + 5 }, (_, i) => article(i + 1));
    const { feed } = parse(atomFeed({ id: "daily", name: "每日报" }, [issue("2024-03-09", many)], { site, now }));
    expect(feed.entry).toHaveLength(FEED_MAX_ENTRIES);
  });
});

describe("the sitemap", () => {
  const absolute = (path: string) => `${site.siteUrl}${site.base}${path}`;
  const urls = Array.from({ length: 7 }, (_, i) => absolute(`/p/${i}/?a=1&b=${i}`));
  const locs = (xml: string): string[] => (parse(xml).urlset.url ?? []).map((u: { loc: string }) => u.loc);

  it("is one urlset while the URLs fit", () => {
    const files = [...sitemapFiles(urls, absolute, { maxUrls: 7, maxBytes: 1e6 })];
    expect(files.map((f) => f.path)).toEqual(["/sitemap.xml"]);
    expect(locs(files[0]!.xml)).toEqual(urls);
    expect(files[0]!.xml).toContain("?a=1&amp;b=0");
  });

  it("splits into parts and an index past the URL limit, every URL once", () => {
    const files = [...sitemapFiles(urls, absolute, { maxUrls: 3, maxBytes: 1e6 })];
    expect(files.map((f) => f.path)).toEqual(["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml", "/sitemap.xml"]);
    const parts = files.slice(0, -1).map((f) => locs(f.xml));
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(urls);
    const index = parse(files.at(-1)!.xml).sitemapindex;
    expect(index["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual(
      [1, 2, 3].map((n) => absolute(`/sitemap-${n}.xml`)),
    );
  });

  it("splits past the byte limit too, no file over it", () => {
    const limits: SitemapLimits = { maxUrls: 1000, maxBytes: 400 };
    const files = [...sitemapFiles(urls, absolute, limits)];
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect(Buffer.byteLength(file.xml)).toBeLessThanOrEqual(400);
    expect(files.slice(0, -1).flatMap((f) => locs(f.xml))).toEqual(urls);
  });

  it("has a valid empty urlset for no pages", () => {
    const [file] = [...sitemapFiles([], absolute)];
    expect(parse(file!.xml).urlset).toBeDefined();
  });
});

describe("the Google News sitemap", () => {
  it("takes printed dates within two days of the build, never inferred ones", () => {
    // The build: 2024-03-10 14:00 China time. An issue's date counts from its day's start there.
    expect(isRecentIssue({ date: "2024-03-10", dateApproximate: false }, now)).toBe(true);
    expect(isRecentIssue({ date: "2024-03-09", dateApproximate: false }, now)).toBe(true);
    expect(isRecentIssue({ date: "2024-03-08", dateApproximate: false }, now)).toBe(false); // 2 days 14 h
    expect(isRecentIssue({ date: "2024-03-08", dateApproximate: false }, new Date("2024-03-09T15:00:00Z"))).toBe(true);
    expect(isRecentIssue({ date: "2024-03-09", dateApproximate: true }, now)).toBe(false);
  });

  it("is a news urlset with publication, language, date and title; none when there is no news", () => {
    const xml = newsSitemap([
      { url: "https://x.org/a/?q=1&r=2", title: "<标题> & 'x'", date: "2024-03-09", publication: "每日报" },
    ])!;
    const { urlset } = parse(xml);
    expect(urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(urlset.url[0].loc).toBe("https://x.org/a/?q=1&r=2");
    expect(urlset.url[0]["news:news"]).toEqual({
      "news:publication": { "news:name": "每日报", "news:language": "zh" },
      "news:publication_date": "2024-03-09",
      "news:title": "<标题> & 'x'",
    });
    expect(newsSitemap([])).toBeNull();
  });
});

describe("robots.txt", () => {
  it("names each sitemap by absolute URL and keeps crawlers out of search results", () => {
    const text = robotsTxt({
      base: "/folio",
      sitemaps: ["https://x.org/folio/sitemap.xml", "https://x.org/folio/sitemap-news.xml"],
    });
    expect(text.split("\n")).toEqual([
      "User-agent: *",
      "Disallow: /folio/search/",
      "",
      "Sitemap: https://x.org/folio/sitemap.xml",
      "Sitemap: https://x.org/folio/sitemap-news.xml",
      "",
    ]);
  });
});

describe("XML escaping", () => {
  it("escapes the five special characters and drops what XML cannot hold", () => {
    expect(escapeXml(`<a href="x">&'</a>\u0000\uFFFF\uD800ok😀`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;ok😀",
    );
  });
});
