/**
 * Every route of the app, in one place (as bulletproof-react's `config/paths.ts`): the route
 * pattern for the router and a builder for links. URLs end with a slash because each route is a
 * prerendered `index.html` in its own folder, which every static host serves at `…/`.
 */

export const paths = {
  home: { pattern: "/", to: () => "/" },
  archive: { pattern: "/archive/", to: () => "/archive/" },
  people: { pattern: "/people/", to: () => "/people/" },
  search: { pattern: "/search/", to: () => "/search/" },
  /** One letter of a large people index (`a` … `z`, `other`): its first part. */
  peopleLetter: { pattern: "/people/letter/:letter/", to: (slug: string) => `/people/letter/${slug}/` },
  /** A further part (2, 3 …) of a letter with more people than a page lists. */
  peopleLetterPart: {
    pattern: "/people/letter/:letter/:part/",
    to: (slug: string, part: number) => (part === 1 ? `/people/letter/${slug}/` : `/people/letter/${slug}/${part}/`),
  },
  person: { pattern: "/people/:name/", to: (name: string) => `/people/${encodeURIComponent(name)}/` },
  /** What `404.html` is prerendered from: the generic not-found page. */
  notFound: { pattern: "/404/", to: () => "/404/" },
  paper: { pattern: "/:paper/", to: (paper: string) => `/${paper}/` },
  /** A year of a paper's issues: the same pattern as an issue, told apart by the segment's form. */
  year: { pattern: "/:paper/:date/", to: (paper: string, year: number) => `/${paper}/${year}/` },
  /** A month of a paper's issues: the same pattern as an issue, told apart by the segment's form. */
  month: { pattern: "/:paper/:date/", to: (paper: string, month: string) => `/${paper}/${month}/` },
  issue: { pattern: "/:paper/:date/", to: (paper: string, date: string) => `/${paper}/${date}/` },
  page: {
    pattern: "/:paper/:date/:page/",
    to: (paper: string, date: string, page: number) => `/${paper}/${date}/${page}/`,
  },
  article: {
    pattern: "/:paper/:date/:page/:seq/",
    to: (paper: string, date: string, page: number, seq: number) => `/${paper}/${date}/${page}/${seq}/`,
  },
} as const;

/**
 * An article's region on its page image: the fragment that names it (`#region-3`), so
 * 「在版面中查看」 opens the page with that region highlighted, in a prerendered page too (`:target`).
 */
export const regionAnchor = (seq: number) => `region-${seq}`;
/** The article (its seq) a page's URL fragment names (`#region-3` → 3), or null. */
export function regionOfHash(hash: string): number | null {
  const match = /^#region-(\d+)$/u.exec(hash);
  return match === null ? null : Number(match[1]);
}
export const pageRegionPath = (paper: string, date: string, page: number, seq: number) =>
  `${paths.page.to(paper, date, page)}#${regionAnchor(seq)}`;

/**
 * Files the build writes beside the pages (`scripts/discovery.ts`), not routes of the app: a paper's
 * Atom feed, the sitemap (an index past the protocol's limits, see `scripts/discovery/sitemap.ts`),
 * the Google News sitemap (only when there is recent news) and robots.txt.
 */
export const discoveryPaths = {
  feed: (paper: string) => `/feeds/${paper}.xml`,
  sitemap: "/sitemap.xml",
  /** One part of a split sitemap (1-based), listed by the sitemap index at `sitemap`. */
  sitemapPart: (n: number) => `/sitemap-${n}.xml`,
  newsSitemap: "/sitemap-news.xml",
  robots: "/robots.txt",
} as const;

/** The app's base path (`/` or `/folio/` on a project site), without its trailing slash. */
export const basePath = (import.meta.env?.BASE_URL ?? "/").replace(/\/$/u, "");

/** A path within the app as a URL on the site, for links shared outside it. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin.replace(/\/$/u, "")}${basePath}${path}`;
}
