import type { DataTag, QueryClient, QueryKey } from "@tanstack/react-query";
import type { ComponentType } from "react";
import type { RouteObject } from "react-router";
import {
  MANIFEST_FILE,
  defaultPaper,
  findPaper,
  issueQueryOptions,
  manifestQueryOptions,
  pageHeadOf,
  pageTextQueryOptions,
  yearQueryOptions,
} from "./api/bundle-queries";
import { joinPage } from "@/bundle/issue-text";
import { paths } from "./config/paths";
import { issueMonths } from "./features/archive/api/calendar";
import { letterSlug } from "./features/people/api/index-pages";
import { bundleUrl } from "./lib/fetch-bundle";
import { notFound } from "./lib/not-found";
import { archiveLoader, issueOrMonthLoader, paperLoader } from "./routes/archive-loaders";
import {
  archiveHead,
  articleHead,
  feedOf,
  monthHead,
  pageHead,
  peopleHead,
  peopleLetterHead,
  personHead,
  searchHead,
  yearHead,
} from "./routes/heads";
import { articleLoader, homeLoader, pageLoader, type IssueRef } from "./routes/issue-loaders";
import { RootLayout } from "./routes/root-layout";
import { RouteError } from "./routes/route-error";
import {
  paperIssues,
  prerenderFile,
  route,
  type AnyRouteEntry,
  type LazyComponent,
  type PrerenderBundle,
  type PrerenderTarget,
  type RouteHandle,
} from "./routes/route-table";
import type { Head } from "./lib/head";
import { searchLoader } from "./routes/search-loader";

/**
 * The app's one route table: each route's pattern, loader, component, head and the concrete paths
 * the prerender writes. `createRoutes` makes the browser router's (and the static handler's)
 * routes of it, `prerenderTargets` the list of pages to prerender, and the root layout applies the
 * matched route's head on every navigation (see `routes/route-head.ts`), so a page has the same
 * head in its HTML file and in the running app.
 */

/** Data a head needs that its loader put into the query cache. */
function cached<T>(queryClient: QueryClient, options: { queryKey: DataTag<QueryKey, T, Error> }): T {
  const data = queryClient.getQueryData(options.queryKey);
  if (data === undefined) throw new Error(`head: ${JSON.stringify(options.queryKey)} is not loaded`);
  return data;
}

const manifestFileUrl = () => bundleUrl(MANIFEST_FILE);

/**
 * Code that only some routes need, loaded by their loaders (so the first view of other pages does
 * not carry it) and kept for their heads, which run after their loader, synchronously.
 */
function lazyCode<M>(load: () => Promise<M>): { load: () => Promise<M>; get: () => M } {
  let code: M | undefined;
  return {
    load: async () => (code ??= await load()),
    get: () => {
      if (code === undefined) throw new Error("a route's head ran before its loader loaded its code");
      return code;
    },
  };
}

/**
 * Each route's component, in a chunk of its own: a page loads (and its prerendered HTML preloads)
 * only its own route's code.
 */
const routes = {
  PageRoute: lazyRoute(
    "page-route",
    () => import("./routes/page-route"),
    (m) => m.PageRoute,
  ),
  ArticleRoute: lazyRoute(
    "article-route",
    () => import("./routes/article-route"),
    (m) => m.ArticleRoute,
  ),
  ArchiveRoute: lazyRoute(
    "archive-route",
    () => import("./routes/archive-route"),
    (m) => m.ArchiveRoute,
  ),
  IssueOrMonthRoute: lazyRoute(
    "issue-or-month-route",
    () => import("./routes/issue-or-month-route"),
    (m) => m.IssueOrMonthRoute,
  ),
  PeopleRoute: lazyRoute(
    "people-route",
    () => import("./routes/people-route"),
    (m) => m.PeopleRoute,
  ),
  SearchRoute: lazyRoute(
    "search-route",
    () => import("./routes/search-route"),
    (m) => m.SearchRoute,
  ),
  PersonRoute: lazyRoute(
    "person-route",
    () => import("./routes/person-route"),
    (m) => m.PersonRoute,
  ),
};

/** A route component of `src/app/routes/<file>.tsx` (the import must name the same file: route-table.test.ts). */
function lazyRoute<M>(file: string, load: () => Promise<M>, component: (module: M) => ComponentType): LazyComponent {
  return { load: async () => component(await load()), module: `src/app/routes/${file}.tsx` };
}

/** The people routes' loaders and queries (with the people files' schema and restore steps). */
const peopleCode = lazyCode(async () => {
  const [loaders, queries] = await Promise.all([
    import("./routes/people-loaders"),
    import("./features/people/api/people-queries"),
  ]);
  return { ...loaders, ...queries };
});
type PeopleCode = Awaited<ReturnType<typeof peopleCode.load>>;

/** A letter page's head: the people of the part it shows (or of the letter, on a one-page index). */
function peopleLetterHeadOf(
  queryClient: QueryClient,
  data: Awaited<ReturnType<ReturnType<PeopleCode["peopleLetterLoader"]>>>,
) {
  const { peopleIndexQueryOptions, peopleLetterQueryOptions, peoplePartQueryOptions } = peopleCode.get();
  const index = cached(queryClient, peopleIndexQueryOptions(data.indexFile));
  const files = [manifestFileUrl(), bundleUrl(data.indexFile)];
  if (data.letterFile === null || data.partFile === null) {
    const people = index.people.filter((p) => p.letter === data.letter);
    return withDefaultFeed(
      queryClient,
      peopleLetterHead(data.letter, { count: people.length, part: 1, people }, files),
    );
  }
  const letter = cached(queryClient, peopleLetterQueryOptions(data.letterFile));
  const part = cached(queryClient, peoplePartQueryOptions(data.partFile));
  return withDefaultFeed(
    queryClient,
    peopleLetterHead(data.letter, { count: letter.count, part: data.part, people: part.people }, [
      ...files,
      bundleUrl(data.letterFile),
      bundleUrl(data.partFile),
    ]),
  );
}

/** An issue route's head data: the issue, the page shown (whole) and the files its page fetches first. */
function issueOf(queryClient: QueryClient, ref: Pick<IssueRef, "entry" | "yearFile"> & { pageNo: number }) {
  const issue = cached(queryClient, issueQueryOptions(ref.entry));
  const head = pageHeadOf(issue, ref.pageNo);
  const page = joinPage(head, cached(queryClient, pageTextQueryOptions(head)));
  const files = [manifestFileUrl(), bundleUrl(ref.yearFile), bundleUrl(ref.entry.file)];
  return { issue, page, files: head.text === undefined ? files : [...files, bundleUrl(head.text)] };
}

/** A calendar route's head data: its paper and its year file. */
function yearOf(queryClient: QueryClient, data: { paperId: string; yearFile: string }) {
  const paper = findPaper(cached(queryClient, manifestQueryOptions()), data.paperId)!;
  const year = cached(queryClient, yearQueryOptions({ file: data.yearFile }));
  return { paper, year, files: [manifestFileUrl(), bundleUrl(data.yearFile)] };
}

/**
 * A head that belongs to no paper links the default paper's feed (every such route's loader has
 * read the manifest).
 */
function withDefaultFeed(queryClient: QueryClient, head: Head): Head {
  const paper = defaultPaper(cached(queryClient, manifestQueryOptions()));
  return paper === undefined ? head : { ...head, feed: feedOf(paper) };
}

const eachIssue = (bundle: PrerenderBundle) =>
  bundle.manifest.papers.flatMap((paper) =>
    paperIssues(bundle, paper).map((entry) => ({
      paper,
      issue: bundle.outlines?.get(entry.file) ?? bundle.issues.get(entry.file)!,
    })),
  );

export const routeTable: AnyRouteEntry[] = [
  route({
    id: "home",
    loader: homeLoader,
    lazy: routes.PageRoute,
    // The home page is the default paper's front door: titled with its name, canonical at `/`.
    head: (data, { queryClient }) => {
      const { issue, page, files } = issueOf(queryClient, data);
      const head = pageHead(issue, page, files);
      return { ...head, title: issue.paper.name, path: paths.home.to() };
    },
    prerender: () => [paths.home.to()],
  }),
  route({
    id: "article",
    path: paths.article.pattern,
    loader: articleLoader,
    lazy: routes.ArticleRoute,
    head: (data, { queryClient }) => {
      const { issue, page, files } = issueOf(queryClient, data);
      return articleHead(
        issue,
        page,
        page.articles.find((a) => a.seq === data.seq)!,
        files,
      );
    },
    prerender: (bundle) =>
      eachIssue(bundle).flatMap(({ paper, issue }) =>
        issue.pages.flatMap((page) =>
          page.articles.map((article) => paths.article.to(paper.id, issue.date, page.no, article.seq)),
        ),
      ),
  }),
  route({
    id: "page",
    path: paths.page.pattern,
    loader: pageLoader,
    lazy: routes.PageRoute,
    head: (data, { queryClient }) => {
      const { issue, page, files } = issueOf(queryClient, data);
      return pageHead(issue, page, files);
    },
    prerender: (bundle) =>
      eachIssue(bundle).flatMap(({ paper, issue }) =>
        issue.pages.map((page) => paths.page.to(paper.id, issue.date, page.no)),
      ),
  }),
  route({
    id: "archive",
    path: paths.archive.pattern,
    loader: archiveLoader,
    lazy: routes.ArchiveRoute,
    head: (_data, { queryClient }) => {
      const papers = cached(queryClient, manifestQueryOptions()).papers;
      const years = papers.flatMap((p) => (p.years[0] === undefined ? [] : [bundleUrl(p.years[0].file)]));
      return withDefaultFeed(queryClient, archiveHead(papers, [manifestFileUrl(), ...years]));
    },
    prerender: () => [paths.archive.to()],
  }),
  route({
    id: "people",
    path: paths.people.pattern,
    loader: (queryClient) => async () => (await peopleCode.load()).peopleLoader(queryClient)(),
    lazy: routes.PeopleRoute,
    head: (data, { queryClient }) =>
      withDefaultFeed(
        queryClient,
        peopleHead(cached(queryClient, peopleCode.get().peopleIndexQueryOptions(data.indexFile)), [
          manifestFileUrl(),
          bundleUrl(data.indexFile),
        ]),
      ),
    prerender: (bundle) => (bundle.people === null ? [] : [paths.people.to()]),
  }),
  route({
    id: "people-letter",
    path: paths.peopleLetter.pattern,
    loader: (queryClient) => async (args) => (await peopleCode.load()).peopleLetterLoader(queryClient)(args),
    lazy: routes.PeopleRoute,
    head: (data, { queryClient }) => peopleLetterHeadOf(queryClient, data),
    // A large index has pages per letter (see features/people/api/index-pages.ts): the first part here.
    prerender: ({ people }) =>
      people?.index.letters.flatMap((l) =>
        l.file === undefined ? [] : [paths.peopleLetter.to(letterSlug(l.letter))],
      ) ?? [],
  }),
  route({
    id: "people-letter-part",
    path: paths.peopleLetterPart.pattern,
    loader: (queryClient) => async (args) => (await peopleCode.load()).peopleLetterLoader(queryClient)(args),
    lazy: routes.PeopleRoute,
    head: (data, { queryClient }) => peopleLetterHeadOf(queryClient, data),
    // The further parts of a letter with more people than a page lists.
    prerender: ({ people }) =>
      people?.index.letters.flatMap(({ letter, file }) =>
        file === undefined
          ? []
          : people.letters
              .get(file)!
              .parts.slice(1)
              .map((_, i) => paths.peopleLetterPart.to(letterSlug(letter), i + 2)),
      ) ?? [],
  }),
  route({
    id: "search",
    path: paths.search.pattern,
    loader: searchLoader,
    lazy: routes.SearchRoute,
    head: (data, { url, queryClient }) =>
      withDefaultFeed(
        queryClient,
        searchHead(url.searchParams.get("q")?.trim() ?? "", [
          manifestFileUrl(),
          ...(data.entry === null ? [] : [bundleUrl(data.entry)]),
        ]),
      ),
    prerender: () => [paths.search.to()],
    // A page of results, not content: prerendered for the first view, left out of the sitemap.
    indexable: false,
  }),
  route({
    id: "person",
    path: paths.person.pattern,
    loader: (queryClient) => async (args) => (await peopleCode.load()).personLoader(queryClient)(args),
    lazy: routes.PersonRoute,
    head: (data, { queryClient }) => {
      const { personIn, peopleShardQueryOptions } = peopleCode.get();
      const detail = personIn(cached(queryClient, peopleShardQueryOptions(data.files.shard)).people, data.name);
      const { directory, dir, shard } = data.files;
      return withDefaultFeed(
        queryClient,
        personHead(detail, [manifestFileUrl(), bundleUrl(directory), bundleUrl(dir), bundleUrl(shard)]),
      );
    },
    // Everyone with a page: the people of the shards (the index lists only the most mentioned of a large one).
    prerender: ({ people }) =>
      people === null
        ? []
        : [...people.shards.keys()].flatMap((file) =>
            (people.names?.get(file) ?? people.shards.get(file)!.people.map((p) => p.name)).map((name) =>
              paths.person.to(name),
            ),
          ),
  }),
  route({
    id: "issue",
    path: paths.issue.pattern,
    loader: issueOrMonthLoader,
    lazy: routes.IssueOrMonthRoute,
    head: (data, { queryClient }) => {
      if (data.kind === "year") {
        const { paper, year, files } = yearOf(queryClient, data);
        return yearHead(paper, year, files);
      }
      if (data.kind === "month") {
        const { paper, year, files } = yearOf(queryClient, data);
        return monthHead(paper, year, data.month, files);
      }
      const { issue, page, files } = issueOf(queryClient, data);
      return pageHead(issue, page, files);
    },
    prerender: (bundle) =>
      bundle.manifest.papers.flatMap((paper) => {
        const issues = paperIssues(bundle, paper);
        return [
          ...paper.years.map((y) => paths.year.to(paper.id, y.year)),
          ...issueMonths(issues.map((i) => i.date)).map((month) => paths.month.to(paper.id, month)),
          ...issues.map((entry) => paths.issue.to(paper.id, entry.date)),
        ];
      }),
  }),
  route({
    id: "paper",
    path: paths.paper.pattern,
    loader: paperLoader,
    lazy: routes.IssueOrMonthRoute,
    head: (data, { queryClient }) => {
      const { paper, year, files } = yearOf(queryClient, data);
      return monthHead(paper, year, data.month, files);
    },
    prerender: (bundle) =>
      bundle.manifest.papers.filter((paper) => paper.latest !== null).map((paper) => paths.paper.to(paper.id)),
  }),
  // What `404.html` is prerendered from: the loader throws the 404 (so the static handler reports
  // it) and the error boundary renders it.
  route({
    id: "not-found-page",
    path: paths.notFound.pattern,
    loader: () => () => notFound("notFound.text"),
    Component: () => null,
    prerender: () => [paths.notFound.to()],
    prerenderAs: { status: 404, file: "/404.html" },
    indexable: false,
  }),
  route({ id: "not-found", path: "*", loader: () => () => notFound("notFound.text"), Component: () => null }),
];

/** The routes for the browser router and the prerender's static handler. Loaders get the query client. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const children = routeTable.map((entry): RouteObject => {
    const handle: RouteHandle = { head: entry.head, module: entry.lazy?.module };
    const common = { id: entry.id, loader: entry.loader(queryClient), handle };
    const lazy = entry.lazy;
    const component = lazy === undefined ? { Component: entry.Component ?? null } : { lazy: { Component: lazy.load } };
    return entry.path === undefined
      ? { ...common, index: true, ...component }
      : { ...common, path: entry.path, ...component };
  });
  return [
    {
      id: "root",
      path: paths.home.pattern,
      Component: RootLayout,
      children: [{ id: "content", ErrorBoundary: RouteError, children }],
    },
  ];
}

/** Every page the prerender writes, with its file, the status it stands for and whether the sitemap lists it. */
export function prerenderTargets(bundle: PrerenderBundle): PrerenderTarget[] {
  return routeTable.flatMap((entry) =>
    (entry.prerender?.(bundle) ?? []).map((path) => ({
      path,
      file: entry.prerenderAs?.file ?? prerenderFile(path),
      status: entry.prerenderAs?.status ?? 200,
      indexable: entry.indexable ?? true,
    })),
  );
}
