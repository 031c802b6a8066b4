/**
 * robots.txt: every page may be crawled except search results (an endless space of `?q=` pages
 * that repeat the articles), and the sitemaps are named by absolute URL, as the protocol requires.
 * With a base path (FOLIO_BASE) the file sits under it; crawlers read only the host's root one,
 * so a sub-path deployment must copy these lines there.
 */
export function robotsTxt({ base, sitemaps }: { base: string; sitemaps: readonly string[] }): string {
  return ["User-agent: *", `Disallow: ${base}/search/`, "", ...sitemaps.map((url) => `Sitemap: ${url}`), ""].join("\n");
}
