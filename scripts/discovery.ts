/**
 * Writes what lets readers and search engines find the site's pages, after the prerender (it lists
 * the same pages, from the route table's `prerenderTargets`): an Atom feed per paper
 * (`feeds/<paper>.xml`), the sitemap (an index and parts past the protocol's limits), the Google
 * News sitemap when there is recent news, and robots.txt naming them. One pass over the bundle,
 * each file written as soon as it is built. Runs in `npm run build:app`, before the service worker
 * and the gzip copies.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import "./i18n-node";
import type * as EntryServer from "../src/app/entry-server";
import { discoveryPaths } from "../src/app/config/paths";
import { articleHead } from "../src/app/routes/heads";
import { bundleIssue, paperIssues, type PrerenderBundle } from "../src/app/routes/route-table";
import { readPrerenderBundle } from "./prerender/read-bundle";
import { IssueOutlines, OUTLINES_FILE } from "./prerender/issue-outlines";
import { SHARD_MEMO_DIR, ShardMemo } from "./prerender/shard-memo";
import { atomFeed, FEED_ISSUES } from "./discovery/feed";
import { robotsTxt } from "./discovery/robots";
import { isRecentIssue, newsSitemap, sitemapFiles, type NewsArticle } from "./discovery/sitemap";
import { siteUrl } from "./site-url";
import { noteDistChanges } from "./journal/dist-changes";

const DIST = resolve("dist");
const base = (process.env.FOLIO_BASE ?? "/").replace(/\/$/u, "");
const site = { siteUrl: siteUrl(), base };
const absolute = (path: string) => `${site.siteUrl}${base}${path}`;

/** The build time; SOURCE_DATE_EPOCH (seconds) fixes it for a reproducible build. */
function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch === undefined ? new Date() : new Date(Number(epoch) * 1000);
}

async function main(): Promise<void> {
  const started = performance.now();
  const now = buildTime();
  const server = (await import(pathToFileURL(resolve("dist-ssr/entry-server.js")).href)) as typeof EntryServer;
  // The page text files are listed from the issues' outlines the prerender kept, not from a walk of data/issues.
  const bundle: PrerenderBundle = await readPrerenderBundle(join(DIST, "data"), {
    pageTextFiles: () => outlines.textFiles(bundle.issues.keys()),
  });
  // The pages the prerender wrote are listed from the same outlines (`prerender/issue-outlines.ts`).
  const outlines = await IssueOutlines.open(resolve(OUTLINES_FILE), bundle.issues);
  /** Files written (relative to `dist/`), for the gzip copies (`journal/dist-changes.ts`). */
  const changed: string[] = [];
  const counts = { feeds: 0, entries: 0, sitemapFiles: 0, urls: 0, news: 0, bytes: 0 };
  // Written only when changed, so an unchanged file keeps its mtime (and its gzip copy).
  const write = async (path: string, text: string) => {
    const file = join(DIST, path);
    counts.bytes += Buffer.byteLength(text);
    if ((await readFile(file, "utf8").catch(() => null)) === text) return;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    changed.push(path);
  };

  const news: NewsArticle[] = [];
  for (const paper of bundle.manifest.papers) {
    // Only the issues read whole (each page's text file): the feed's latest and the recent ones.
    const entries = paperIssues(bundle, paper);
    const issues = entries.slice(0, FEED_ISSUES).map((entry) => bundleIssue(bundle, entry.file));
    const xml = atomFeed(paper, issues, { site, now });
    await write(discoveryPaths.feed(paper.id), xml);
    counts.feeds++;
    counts.entries += xml.split("<entry>").length - 1;
    for (const entry of entries.filter((i) => isRecentIssue(i, now))) {
      const issue = bundleIssue(bundle, entry.file);
      for (const page of issue.pages)
        for (const article of page.articles) {
          const head = articleHead(issue, page, article, []);
          news.push({ url: absolute(head.path), title: head.title, date: issue.date, publication: paper.name });
        }
    }
  }

  // The pages the prerender wrote, as the route table lists them: only those that are content.
  const shardMemo = await ShardMemo.open(resolve(SHARD_MEMO_DIR), join(DIST, "data"));
  const people = bundle.people === null ? null : { ...bundle.people, names: shardMemo.namesOf(bundle.people.shards) };
  const urls = server
    .prerenderTargets({ ...bundle, outlines, people })
    .filter((t) => t.indexable && t.status === 200)
    .map((t) => absolute(t.path));
  for (const file of sitemapFiles(new Set(urls), absolute)) {
    await write(file.path, file.xml);
    counts.sitemapFiles++;
    if (file.path !== discoveryPaths.sitemap || file.xml.includes("<urlset")) counts.urls += file.count;
  }

  // No recent news (an archive, or an inferred date): no news sitemap, and robots.txt names none.
  const newsXml = newsSitemap(news);
  if (newsXml !== null) await write(discoveryPaths.newsSitemap, newsXml);
  counts.news = newsXml === null ? 0 : Math.min(news.length, 1000);
  await write(
    discoveryPaths.robots,
    robotsTxt({
      base,
      sitemaps: [absolute(discoveryPaths.sitemap), ...(newsXml === null ? [] : [absolute(discoveryPaths.newsSitemap)])],
    }),
  );
  await noteDistChanges(changed);
  console.log(
    `discovery: ${counts.feeds} feeds (${counts.entries} entries), ${counts.urls} URLs in ${counts.sitemapFiles} sitemap files, ` +
      `${newsXml === null ? "no news sitemap (no article dated within 2 days of the build)" : `${counts.news} news URLs`}, ` +
      `robots.txt; ${(counts.bytes / 1024).toFixed(1)} kB in ${Math.round(performance.now() - started)} ms`,
  );
}

await main();
