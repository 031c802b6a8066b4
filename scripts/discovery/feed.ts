import type { Issue } from "../../src/bundle/schema";
import { paths } from "../../src/app/config/paths";
import { formatIssueDate } from "../../src/app/lib/format-date";
import type { SiteLocation } from "../../src/app/lib/head";
import { articleHead, feedOf } from "../../src/app/routes/heads";
import { element, escapeXml, XML_DECLARATION } from "./xml";

/**
 * A paper's Atom feed (RFC 4287): the articles of its latest issues, newest issue first, in page
 * order. Atom rather than RSS 2.0 because Atom defines what RSS leaves loose and Folio needs
 * exact: a required, machine-readable `updated` per entry and a separate optional `published`
 * (so an inferred date can be left out rather than faked), a permanent `id`, the language
 * (`xml:lang`), several authors, and text that is text, not escaped HTML.
 *
 * Dates, honestly: an issue whose date is printed gives its entries `published` and `updated` at
 * that day's start in China time (+08:00: the papers are Chinese and Atom needs an instant; the day
 * is the fact, the hour a convention). An issue whose date is inferred (`dateApproximate`) gives
 * no `published`; its entries' `updated` is the build time, which is true of them (this is when
 * this site published them), and the summary opens with the date as the reader shows it
 * (`约2023年2月26日`, marked as inferred). The feed's own `updated` is the build time.
 */

/** Issues a feed covers: the latest few are what a subscriber wants; older ones are in the archive. */
export const FEED_ISSUES = 3;
/** Entries at most, whatever the issues hold: a feed reader fetches the whole file every time. */
export const FEED_MAX_ENTRIES = 200;

export interface FeedOptions {
  site: SiteLocation;
  /** The build time: the feed's `updated`, and that of entries whose date is inferred. */
  now: Date;
}

/** The feed of one paper from its issues, newest first (as the manifest lists them). */
export function atomFeed(paper: { id: string; name: string }, issues: readonly Issue[], options: FeedOptions): string {
  const url = (path: string) => `${options.site.siteUrl}${options.site.base}${path}`;
  const now = options.now.toISOString();
  const feed = feedOf(paper);
  const lines = [
    XML_DECLARATION,
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  ${element("id", url(paths.paper.to(paper.id)))}`,
    `  ${element("title", feed.title)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(url(feed.path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url(paths.paper.to(paper.id)))}"/>`,
    `  ${element("updated", now)}`,
    // Entries without a byline are the paper's (an Atom entry needs an author, its own or the feed's).
    `  <author>${element("name", paper.name)}</author>`,
    `  ${element("generator", "Folio")}`,
  ];
  let entries = 0;
  for (const issue of issues.slice(0, FEED_ISSUES)) {
    const day = `${issue.date}T00:00:00+08:00`;
    for (const page of issue.pages) {
      for (const article of page.articles) {
        if (entries === FEED_MAX_ENTRIES) break;
        entries++;
        const head = articleHead(issue, page, article, []);
        const summary = issue.dateApproximate
          ? `〔${formatIssueDate(issue)}，日期系推断〕${head.description}`
          : head.description;
        const reporters = article.byline?.reporters ?? [];
        lines.push(
          "  <entry>",
          `    ${element("id", url(head.path))}`,
          `    ${element("title", head.title)}`,
          `    <link rel="alternate" type="text/html" href="${escapeXml(url(head.path))}"/>`,
          ...(issue.dateApproximate ? [] : [`    ${element("published", day)}`]),
          `    ${element("updated", issue.dateApproximate ? now : day)}`,
          ...reporters.map((name) => `    <author>${element("name", name)}</author>`),
          `    ${element("summary", summary)}`,
          "  </entry>",
        );
      }
    }
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
