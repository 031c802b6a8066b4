import { discoveryPaths } from "../../src/app/config/paths";
import { element, XML_DECLARATION } from "./xml";

/**
 * The sitemap (sitemaps.org protocol): every indexable page's absolute URL, written as one
 * `sitemap.xml` while the site fits the protocol's limits, and past them as parts
 * (`sitemap-1.xml`, …) listed by a sitemap index at `sitemap.xml`, so robots.txt and search
 * consoles always name the same file. One pass over the URLs, one part in memory at a time. No
 * `lastmod`: the build does not know when a page's content last changed, and a build date on
 * every page would say they all did.
 */

export interface SitemapLimits {
  /** URLs per file (the protocol's limit is 50,000). */
  maxUrls: number;
  /** Bytes per file, uncompressed (the protocol's limit is 50 MB). */
  maxBytes: number;
}

export const SITEMAP_LIMITS: SitemapLimits = { maxUrls: 50_000, maxBytes: 50 * 1024 * 1024 };

export interface SitemapFile {
  /** The file's path on the site (`/sitemap.xml`, `/sitemap-2.xml`). */
  path: string;
  xml: string;
  /** URLs it lists (pages, or for the index, sitemap files). */
  count: number;
}

const URLSET_OPEN = `${XML_DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
const URLSET_CLOSE = "</urlset>\n";
const OVERHEAD = Buffer.byteLength(URLSET_OPEN) + Buffer.byteLength(URLSET_CLOSE);

/**
 * The sitemap files for a list of absolute URLs (each once). `absolute` makes a site path a URL,
 * for the index's links to its parts.
 */
export function* sitemapFiles(
  urls: Iterable<string>,
  absolute: (path: string) => string,
  limits: SitemapLimits = SITEMAP_LIMITS,
): Generator<SitemapFile> {
  let chunk: string[] = [];
  let bytes = OVERHEAD;
  let parts = 0;
  const part = (): SitemapFile => {
    parts++;
    const file = {
      path: discoveryPaths.sitemapPart(parts),
      xml: `${URLSET_OPEN}${chunk.join("")}${URLSET_CLOSE}`,
      count: chunk.length,
    };
    chunk = [];
    bytes = OVERHEAD;
    return file;
  };
  for (const url of urls) {
    const entry = `  <url>${element("loc", url)}</url>\n`;
    const size = Buffer.byteLength(entry);
    if (OVERHEAD + size > limits.maxBytes) throw new Error(`sitemap: one URL is over ${limits.maxBytes} bytes: ${url}`);
    if (chunk.length === limits.maxUrls || bytes + size > limits.maxBytes) yield part();
    chunk.push(entry);
    bytes += size;
  }
  if (parts === 0) {
    yield { path: discoveryPaths.sitemap, xml: `${URLSET_OPEN}${chunk.join("")}${URLSET_CLOSE}`, count: chunk.length };
    return;
  }
  if (chunk.length > 0) yield part();
  if (parts > limits.maxUrls) throw new Error(`sitemap: ${parts} parts, more than one index may list`);
  const index = Array.from(
    { length: parts },
    (_, i) => `  <sitemap>${element("loc", absolute(discoveryPaths.sitemapPart(i + 1)))}</sitemap>\n`,
  );
  yield {
    path: discoveryPaths.sitemap,
    xml: `${XML_DECLARATION}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join("")}</sitemapindex>\n`,
    count: parts,
  };
}

/**
 * Google News wants the articles published in the last two days. Folio builds archives, so
 * "published" is the issue's date, and "now" the build time: the articles of issues dated within
 * two days of the build. An inferred date is no publication date: those issues are never news.
 */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Google News reads at most 1,000 URLs from one news sitemap. */
export const NEWS_MAX_URLS = 1000;

export interface NewsArticle {
  url: string;
  title: string;
  /** The issue's date, `YYYY-MM-DD` (a W3C date, as the news sitemap allows). */
  date: string;
  publication: string;
}

/** Whether an issue counts as news at build time `now`: a printed date, within the window either way. */
export function isRecentIssue(issue: { date: string; dateApproximate: boolean }, now: Date): boolean {
  if (issue.dateApproximate) return false;
  const day = Date.parse(`${issue.date}T00:00:00+08:00`);
  return Math.abs(now.getTime() - day) <= NEWS_WINDOW_MS;
}

/** The news sitemap, or null when there is no recent article (then no file is written or listed). */
export function newsSitemap(articles: readonly NewsArticle[]): string | null {
  if (articles.length === 0) return null;
  const entries = articles
    .slice(0, NEWS_MAX_URLS)
    .map((a) =>
      [
        "  <url>",
        `    ${element("loc", a.url)}`,
        "    <news:news>",
        `      <news:publication>${element("news:name", a.publication)}${element("news:language", "zh")}</news:publication>`,
        `      ${element("news:publication_date", a.date)}`,
        `      ${element("news:title", a.title)}`,
        "    </news:news>",
        "  </url>\n",
      ].join("\n"),
    );
  return `${XML_DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${entries.join("")}</urlset>\n`;
}
