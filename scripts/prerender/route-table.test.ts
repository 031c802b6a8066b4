import { mkdtemp, readFile, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { matchRoutes } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { render } from "../../src/app/entry-server";
import { createQueryClient } from "../../src/app/provider";
import { discoveryPaths } from "../../src/app/config/paths";
import { createRoutes, prerenderTargets, routeTable } from "../../src/app/router";
import type { PrerenderBundle } from "../../src/app/routes/route-table";
import { readContentDirs } from "../../src/ingest/content/read-content";
import { importPfr } from "../../src/ingest/pfr/import-pfr";
import { writeContent } from "../../src/ingest/pfr/write-content";
import { writeBundle } from "../../src/ingest/write-bundle";
import { readPrerenderBundle } from "./read-bundle";
import { LazyFileMap } from "./lazy-files";
import { IssueOutlines } from "./issue-outlines";
import { ShardMemo } from "./shard-memo";

/**
 * The route table against a real bundle (the seed and the PFR fixture, built as `folio build`
 * does): every page it lists for the prerender is routed to the route that listed it, renders with
 * the status it stands for, and carries a head of its own.
 */
const seed = fileURLToPath(new URL("../../content", import.meta.url));
const fixture = fileURLToPath(new URL("../../fixtures/pfr/sample.txt", import.meta.url));
let tmp = "";
let bundle: PrerenderBundle;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-routes-"));
  const archive = join(tmp, "content-archive");
  await writeContent(importPfr(await readFile(fixture, "utf8"), "sample.txt"), { outDir: archive });
  await writeBundle(await readContentDirs([seed, archive]), { outDir: join(tmp, "data") });
  bundle = await readPrerenderBundle(join(tmp, "data"));
}, 120_000);
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("the route table", () => {
  it("has one entry per route id", () => {
    const ids = routeTable.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists every page of the bundle once, each routed to the route that listed it", () => {
    const targets = prerenderTargets(bundle);
    expect(new Set(targets.map((t) => t.path)).size).toBe(targets.length);
    expect(new Set(targets.map((t) => t.file)).size).toBe(targets.length);
    const routes = createRoutes(createQueryClient());
    for (const entry of routeTable) {
      for (const path of entry.prerender?.(bundle) ?? []) {
        const matched = matchRoutes(routes, path)?.at(-1)?.route.id;
        expect(matched, path).toBe(entry.id);
      }
    }
    const articles = [...bundle.issues.values()].reduce(
      (n, issue) => n + issue.pages.reduce((m, page) => m + page.articles.length, 0),
      0,
    );
    expect(targets.filter((t) => matchRoutes(routes, t.path)?.at(-1)?.route.id === "article")).toHaveLength(articles);
    expect(targets.filter((t) => t.status === 404)).toEqual([
      { path: "/404/", file: "/404.html", status: 404, indexable: false },
    ]);
    // The sitemap lists every prerendered page but the not-found page and the search page.
    expect(targets.filter((t) => !t.indexable).map((t) => t.path)).toEqual(["/search/", "/404/"]);
    expect(targets.find((t) => t.path.startsWith("/people/%"))?.file).toMatch(/^\/people\/[^%/]+\/index\.html$/u);
  });

  it("renders every listed page with its status and a head naming the page", async () => {
    for (const target of prerenderTargets(bundle)) {
      const result = await render(`http://localhost${target.path}`, bundle);
      expect(result.status, target.path).toBe(target.status);
      expect(result.head.title, target.path).not.toBe("");
      expect(result.head.description, target.path).not.toBe("");
      if (target.status === 200) expect(result.html, target.path).toContain("<h1");
    }
  }, 60_000);

  it("links every page's feed: its paper's, or the default paper's on pages of no paper", async () => {
    const papers = bundle.manifest.papers;
    const fallback = papers.find((p) => p.isDefault)!;
    for (const target of prerenderTargets(bundle).filter((t) => t.status === 200)) {
      const { head } = await render(`http://localhost${target.path}`, bundle);
      const paper = papers.find((p) => target.path.startsWith(`/${p.id}/`)) ?? fallback;
      expect(head.feed, target.path).toEqual({ title: `${paper.name} 最新文章`, path: discoveryPaths.feed(paper.id) });
    }
    expect(papers.length).toBeGreaterThan(1);
  }, 60_000);

  it("gives an article its own canonical path, headline and data files", async () => {
    const entry = bundle.manifest.papers[0]!.latest!;
    const issue = bundle.issues.get(entry.file)!;
    const article = issue.pages[0]!.articles[1]!;
    const path = `/${issue.paper.id}/${issue.date}/${issue.pages[0]!.no}/${article.seq}/`;
    const { head } = await render(`http://localhost${path}`, bundle);
    expect(head).toMatchObject({ title: article.title, path, type: "article" });
    // The manifest, the issue's year file (previous/next), the issue and its page's text, no other page's.
    expect(head.preload).toHaveLength(4);
    expect(head.preload![1]).toBe(`/data/${bundle.manifest.papers[0]!.years[0]!.file}`);
    expect(head.preload![2]).toBe(`/data/${entry.file}`);
    expect(head.preload![3]).toBe(`/data/${issue.pages[0]!.text!}`);
  });

  it("previews every page of an issue, its articles, the issue and home with the printed page's card", async () => {
    const routes = createRoutes(createQueryClient());
    const cardOf = new Map<string, string>();
    for (const target of prerenderTargets(bundle).filter((t) => t.status === 200)) {
      const { head } = await render(`http://localhost${target.path}`, bundle);
      const route = matchRoutes(routes, target.path)?.at(-1)?.route.id;
      const page = /^\/[^/]+\/\d{4}-\d{2}-\d{2}\/(?:(\d+)\/)?/u.exec(target.path);
      if (route === "article" || route === "page" || (route === "issue" && page !== null) || route === "home") {
        expect(head.image?.card, target.path).toBeDefined();
        // The page a path shows: its own, page 1 of an issue, the default paper's latest front page.
        const key = route === "home" ? "home" : `${page![0].split("/").slice(0, 3).join("/")}/${page![1] ?? "1"}`;
        cardOf.set(`${key} ${target.path}`, head.image!.path);
      } else expect(head.image, target.path).toBeUndefined();
    }
    const byPage = new Map<string, Set<string>>();
    for (const [key, path] of cardOf) {
      const pageKey = key.split(" ")[0]!;
      byPage.set(pageKey, (byPage.get(pageKey) ?? new Set()).add(path));
    }
    // One card per printed page, shared by its articles; pages differ.
    for (const [pageKey, paths] of byPage) expect(paths.size, pageKey).toBe(1);
    const pages = [...byPage].filter(([key]) => key !== "home").map(([, paths]) => [...paths][0]);
    expect(new Set(pages).size).toBe(pages.length);
    const defaultPaper = bundle.manifest.papers.find((p) => p.isDefault)!;
    const latest = defaultPaper.latest!.date;
    expect([...byPage.get("home")!][0]).toBe([...byPage.get(`/${defaultPaper.id}/${latest}/1`)!][0]);
  }, 60_000);

  it("names each lazily loaded route component's source file: the one its load imports", async () => {
    const lazy = routeTable.flatMap((entry) => (entry.lazy === undefined ? [] : [[entry.id, entry.lazy] as const]));
    expect(lazy.length).toBeGreaterThan(0);
    for (const [id, { module, load }] of lazy) {
      const source = (await import(/* @vite-ignore */ `../../${module}`)) as Record<string, unknown>;
      expect(Object.values(source), id).toContain(await load());
    }
  });

  it("has a page name its own route's code (the prerender preloads it)", async () => {
    expect((await render("http://localhost/", bundle)).modules).toEqual(["src/app/routes/page-route.tsx"]);
    expect((await render("http://localhost/search/", bundle)).modules).toEqual(["src/app/routes/search-route.tsx"]);
  });

  it("titles the home page with the paper's name, canonical at /", async () => {
    const { head } = await render("http://localhost/", bundle);
    expect(head).toMatchObject({ title: bundle.manifest.papers[0]!.name, path: "/" });
  });

  it("reads only the files a page shows: an article page reads its own issue and its page's text, not the archive", async () => {
    const issues = bundle.issues as LazyFileMap<PrerenderBundle["issues"] extends Map<string, infer I> ? I : never>;
    const texts = bundle.pageTexts as LazyFileMap<
      PrerenderBundle["pageTexts"] extends Map<string, infer T> ? T : never
    >;
    expect(issues).toBeInstanceOf(LazyFileMap);
    expect(texts).toBeInstanceOf(LazyFileMap);
    const read: string[] = [];
    // The same files, read through maps that say which they were asked for.
    const counting = <T>(map: LazyFileMap<T>) =>
      new LazyFileMap([...map.keys()], (file) => {
        read.push(file);
        return map.get(file)!;
      });
    expect(issues.size).toBeGreaterThan(2);
    const routes = createRoutes(createQueryClient());
    const target = prerenderTargets(bundle).find(
      (t) =>
        t.path.includes("/2001-05-02/") &&
        !t.path.includes("/2001-05-02/1/") &&
        matchRoutes(routes, t.path)?.at(-1)?.route.id === "article",
    )!;
    const { status } = await render(`http://localhost${target.path}`, {
      ...bundle,
      issues: counting(issues),
      pageTexts: counting(texts),
    });
    expect(status).toBe(200);
    const file = [...issues.keys()].find((name) => name.includes("2001-05-02"))!;
    const pageNo = Number(target.path.split("/")[3]);
    const issue = issues.get(file)!;
    expect(issue.pages.length).toBeGreaterThan(1);
    expect(read).toEqual([file, issue.pages.find((p) => p.no === pageNo)!.text!]);
  });
});

/** The bundle's issues as a lazy map that notes each issue read. */
function countingIssues() {
  const read: string[] = [];
  const counting = new LazyFileMap([...bundle.issues.keys()], (file) => {
    read.push(file);
    return bundle.issues.get(file)!;
  });
  return { read, counting };
}

describe("listing the pages from kept issue outlines", () => {
  it("lists the same pages, and reads no issue once the outlines are kept", async () => {
    const path = join(tmp, "outlines.json");
    const first = await IssueOutlines.open(path, bundle.issues);
    const listed = prerenderTargets({ ...bundle, outlines: first });
    expect(listed).toEqual(prerenderTargets(bundle));
    expect(first.stats).toEqual({ kept: 0, read: bundle.issues.size });
    await first.save();

    const { read, counting } = countingIssues();
    const again = await IssueOutlines.open(path, counting);
    expect(prerenderTargets({ ...bundle, issues: counting, outlines: again })).toEqual(listed);
    expect(read).toEqual([]);
    expect(again.stats).toEqual({ kept: bundle.issues.size, read: 0 });
  });
});

describe("listing the page text files from the issues' outlines", () => {
  it("gives the files a walk of data/issues finds, and reads no issue once the outlines are kept", async () => {
    const path = join(tmp, "outlines-texts.json");
    const walked = [...bundle.pageTexts.keys()].sort();
    expect(walked.length).toBeGreaterThan(bundle.issues.size);
    const first = await IssueOutlines.open(path, bundle.issues);
    expect(first.textFiles(bundle.issues.keys()).sort()).toEqual(walked);
    await first.save();

    const { read, counting } = countingIssues();
    const again = await IssueOutlines.open(path, counting);
    const listed = await readPrerenderBundle(join(tmp, "data"), {
      pageTextFiles: () => again.textFiles(counting.keys()),
    });
    expect([...listed.pageTexts.keys()].sort()).toEqual(walked);
    expect(read).toEqual([]);
  });
});

describe("listing the person pages from kept shard lists", () => {
  it("lists the same pages, reads no shard once the lists are kept, and reads a shard rewritten since", async () => {
    const people = bundle.people!;
    const path = join(tmp, "shards.json");
    const dataDir = join(tmp, "data");
    const persons = (b: PrerenderBundle) =>
      prerenderTargets(b).filter(
        (t) => t.path.startsWith("/people/") && !t.path.startsWith("/people/letter/") && t.path !== "/people/",
      );
    const first = await ShardMemo.open(path, dataDir);
    const listed = persons({ ...bundle, people: { ...people, names: first.namesOf(people.shards) } });
    expect(listed.length).toBeGreaterThan(20);
    expect(listed).toEqual(persons(bundle));
    expect(first.stats).toEqual({ kept: 0, read: people.shards.size });
    await first.save();

    const read: string[] = [];
    const counting = new LazyFileMap([...people.shards.keys()], (file) => {
      read.push(file);
      return people.shards.get(file)!;
    });
    const again = await ShardMemo.open(path, dataDir);
    expect(persons({ ...bundle, people: { ...people, shards: counting, names: again.namesOf(counting) } })).toEqual(
      listed,
    );
    expect(read).toEqual([]);
    expect(again.stats).toEqual({ kept: people.shards.size, read: 0 });
    await again.save();

    // A shard the build rewrote (another size or time): its names are read again, the others kept.
    const rewritten = [...people.shards.keys()][0]!;
    await utimes(join(dataDir, rewritten), new Date(), new Date(Date.now() + 5_000));
    const third = await ShardMemo.open(path, dataDir);
    expect(persons({ ...bundle, people: { ...people, shards: counting, names: third.namesOf(counting) } })).toEqual(
      listed,
    );
    expect(read).toEqual([rewritten]);
    expect(third.stats).toEqual({ kept: people.shards.size - 1, read: 1 });
  });
});
