/**
 * Prerenders every route of the built app into its own HTML file (`dist/<path>/index.html`), with
 * the page's text, title, description, canonical link, Open Graph tags and JSON-LD, plus
 * `dist/404.html`, so that any static host serves every shared link. Runs after `vite build` (client
 * into dist/) and `vite build --ssr` (the render entry into dist-ssr/).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { restoreIssue, restoreManifest, restorePeopleIndex, restorePeopleShard } from "../src/bundle/restore";
import type { Issue, PeopleShard } from "../src/bundle/schema";
import { currentManifestFile } from "../src/ingest/bundle-pointer";
import { headTags } from "./prerender/head-tags";
import type { Head } from "../src/app/lib/head";
import type * as EntryServer from "../src/app/entry-server";
import { SHELL_PAGE } from "../src/app/config/offline";
import { paths } from "../src/app/config/paths";
import { siteUrl } from "./site-url";

const DIST = resolve("dist");
const base = (process.env.FOLIO_BASE ?? "/").replace(/\/$/u, "");
const site = siteUrl();

type RenderModule = typeof EntryServer;

async function readPeople(file: string | undefined) {
  if (file === undefined) return null;
  const index = restorePeopleIndex(JSON.parse(await readFile(join(DIST, "data", file), "utf8")));
  const shards = new Map<string, PeopleShard>();
  for (const shard of Object.values(index.shards)) {
    shards.set(shard, restorePeopleShard(JSON.parse(await readFile(join(DIST, "data", shard), "utf8"))));
  }
  return { index, shards };
}

async function main(): Promise<void> {
  const started = performance.now();
  const server = (await import(pathToFileURL(resolve("dist-ssr/entry-server.js")).href)) as RenderModule;
  const template = await readFile(join(DIST, "index.html"), "utf8");
  const manifestFile = currentManifestFile(join(DIST, "data"));
  const manifest = restoreManifest(JSON.parse(await readFile(join(DIST, "data", manifestFile), "utf8")));
  const issues = new Map<string, Issue>();
  for (const paper of manifest.papers) {
    for (const entry of paper.issues) {
      issues.set(entry.file, restoreIssue(JSON.parse(await readFile(join(DIST, "data", entry.file), "utf8"))));
    }
  }
  const people = await readPeople(manifest.people);
  const bundle = { manifest, issues, people };
  const dataFile = (file: string) => `${base}/data/${file}`;
  const jobs: { path: string; out: string; head: (status: number) => Head }[] = [];
  const homePaper = manifest.papers.find((p) => p.isDefault) ?? manifest.papers[0];
  const manifestOnly = [dataFile(manifestFile)];
  jobs.push({
    path: paths.archive.to(),
    out: paths.archive.to(),
    head: () => server.archiveHead(manifest.papers, manifestOnly),
  });
  for (const paper of manifest.papers) {
    const months = server.issueMonths(paper.issues.map((i) => i.date));
    months.forEach((month, i) => {
      const head = () => server.monthHead(paper, month, manifestOnly);
      if (i === 0) jobs.push({ path: paths.paper.to(paper.id), out: paths.paper.to(paper.id), head });
      jobs.push({ path: paths.month.to(paper.id, month), out: paths.month.to(paper.id, month), head });
    });
    for (const entry of paper.issues) {
      const issue = issues.get(entry.file)!;
      const files = [dataFile(manifestFile), dataFile(entry.file)];
      const first = issue.pages[0]!;
      jobs.push({
        path: paths.issue.to(paper.id, issue.date),
        out: paths.issue.to(paper.id, issue.date),
        head: () => server.pageHead(issue, first, files),
      });
      if (paper === homePaper && entry === paper.issues[0]) {
        jobs.push({
          path: "/",
          out: "/",
          head: () => ({ ...server.pageHead(issue, first, files), title: issue.paper.name }),
        });
      }
      for (const page of issue.pages) {
        const pagePath = paths.page.to(paper.id, issue.date, page.no);
        jobs.push({ path: pagePath, out: pagePath, head: () => server.pageHead(issue, page, files) });
        for (const article of page.articles) {
          const path = paths.article.to(paper.id, issue.date, page.no, article.seq);
          jobs.push({ path, out: path, head: () => server.articleHead(issue, page, article, files) });
        }
      }
    }
  }
  jobs.push({
    path: paths.search.to(),
    out: paths.search.to(),
    head: () =>
      server.searchHead([...manifestOnly, ...(manifest.search === undefined ? [] : [dataFile(manifest.search)])]),
  });
  if (people !== null) {
    const index = [dataFile(manifestFile), dataFile(manifest.people!)];
    jobs.push({
      path: paths.people.to(),
      out: paths.people.to(),
      head: () => server.peopleHead(people.index.people, index),
    });
    // A large index has a page per letter (see features/people/api/index-pages.ts).
    if (server.isPagedByLetter(people.index.people.length)) {
      for (const letter of server.LETTERS) {
        if (!people.index.people.some((p) => p.letter === letter)) continue;
        const path = paths.peopleLetter.to(server.letterSlug(letter));
        jobs.push({ path, out: path, head: () => server.peopleLetterHead(letter, people.index.people, index) });
      }
    }
    for (const summary of people.index.people) {
      const shardFile = people.index.shards[summary.letter]!;
      const detail = people.shards.get(shardFile)!.people.find((p) => p.name === summary.name)!;
      const path = paths.person.to(summary.name);
      // The file is written under the name itself; hosts decode the URL's percent-encoding.
      jobs.push({
        path,
        out: `/people/${summary.name}/`,
        head: () => server.personHead(summary, detail, [...index, dataFile(shardFile)]),
      });
    }
  }
  jobs.push({
    path: paths.notFound.to(),
    out: "/404.html",
    head: (status) => ({
      title: "找不到这个页面",
      description: "这个地址没有对应的版面或文章。",
      path: "/404/",
      type: "website",
      status,
    }),
  });
  // The app shell: the app's head and nothing to hydrate; the service worker serves it offline.
  await writeFile(
    join(DIST, SHELL_PAGE),
    template
      .replace("<!--app-head-->", `<title>Folio</title>\n    <meta name="robots" content="noindex" />`)
      .replace("<!--app-html-->", ""),
  );
  let written = 0;
  for (const job of jobs) {
    const result = await server.render(`${site}${base}${job.path}`, bundle);
    const head = job.head(result.status);
    const expected = job.out === "/404.html" ? 404 : 200;
    if (result.status !== expected)
      throw new Error(`prerender ${job.path}: status ${result.status}, expected ${expected}`);
    const html = template
      .replace("<!--app-head-->", headTags(head, { siteUrl: site, base }))
      .replace("<!--app-html-->", result.html);
    const file = job.out.endsWith(".html") ? join(DIST, job.out) : join(DIST, job.out, "index.html");
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    written++;
  }
  console.log(`prerendered ${written} pages in ${Math.round(performance.now() - started)} ms`);
}

await main();
