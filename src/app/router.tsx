import type { QueryClient } from "@tanstack/react-query";
import type { RouteObject } from "react-router";
import { paths } from "./config/paths";
import { notFound } from "./lib/not-found";
import { archiveLoader, issueOrMonthLoader, paperLoader } from "./routes/archive-loaders";
import { ArchiveRoute } from "./routes/archive-route";
import { ArticleRoute } from "./routes/article-route";
import { IssueOrMonthRoute } from "./routes/issue-or-month-route";
import { articleLoader, homeLoader, pageLoader } from "./routes/issue-loaders";
import { peopleLetterLoader, peopleLoader, personLoader } from "./routes/people-loaders";
import { searchLoader } from "./routes/search-loader";
import { PageRoute } from "./routes/page-route";
import { RootLayout } from "./routes/root-layout";
import { RouteError } from "./routes/route-error";

/**
 * The routes, shared by the browser router and the prerender. Loaders get the query client so
 * that data goes through the same query options the components read.
 */
const NOT_FOUND = "这个地址没有对应的版面或文章。";

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: "root",
      path: paths.home.pattern,
      Component: RootLayout,
      children: [
        {
          id: "content",
          ErrorBoundary: RouteError,
          children: [
            { id: "home", index: true, loader: homeLoader(queryClient), Component: PageRoute },
            { id: "article", path: paths.article.pattern, loader: articleLoader(queryClient), Component: ArticleRoute },
            { id: "page", path: paths.page.pattern, loader: pageLoader(queryClient), Component: PageRoute },
            { id: "archive", path: paths.archive.pattern, loader: archiveLoader(queryClient), Component: ArchiveRoute },
            // The people pages load their code when visited: no other page pays for it.
            {
              id: "people",
              path: paths.people.pattern,
              loader: peopleLoader(queryClient),
              lazy: { Component: async () => (await import("./routes/people-route")).PeopleRoute },
            },
            {
              id: "people-letter",
              path: paths.peopleLetter.pattern,
              loader: peopleLetterLoader(queryClient),
              lazy: { Component: async () => (await import("./routes/people-route")).PeopleRoute },
            },
            {
              id: "search",
              path: paths.search.pattern,
              loader: searchLoader(queryClient),
              lazy: { Component: async () => (await import("./routes/search-route")).SearchRoute },
            },
            {
              id: "person",
              path: paths.person.pattern,
              loader: personLoader(queryClient),
              lazy: { Component: async () => (await import("./routes/person-route")).PersonRoute },
            },
            {
              id: "issue",
              path: paths.issue.pattern,
              loader: issueOrMonthLoader(queryClient),
              Component: IssueOrMonthRoute,
            },
            { id: "paper", path: paths.paper.pattern, loader: paperLoader(queryClient), Component: IssueOrMonthRoute },
            {
              id: "not-found-page",
              path: paths.notFound.pattern,
              loader: () => notFound(NOT_FOUND),
              Component: () => null,
            },
            // The loader throws the 404 (so the static handler reports it); the boundary renders it.
            {
              id: "not-found",
              path: "*",
              loader: () => notFound(NOT_FOUND),
              Component: () => null,
            },
          ],
        },
      ],
    },
  ];
}
