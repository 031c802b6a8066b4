import "./locales/zh";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import {
  peopleDirectoryQueryOptions,
  peopleDirQueryOptions,
  peopleIndexQueryOptions,
  peopleLetterQueryOptions,
  peoplePartQueryOptions,
  peopleShardQueryOptions,
} from "./features/people/api/people-queries";
import { bundleKeys } from "./api/bundle-queries";
import type { Head } from "./lib/head";
import { AppProvider, createQueryClient } from "./provider";
import { createRoutes } from "./router";
import { notFoundHead } from "./routes/heads";
import { matchedHead } from "./routes/route-head";
import type { PrerenderBundle, RouteHandle } from "./routes/route-table";

/**
 * Prerender entry (built with `vite build --ssr`): renders one URL to HTML from bundle data the
 * caller read from disk, with the head its route builds (the same the client applies). The query
 * cache is filled up front, so loaders never fetch on the server. No hydration data is inlined (the
 * CSP forbids inline scripts): the client loads the data itself.
 */
export interface RenderResult {
  html: string;
  status: number;
  head: Head;
  /** The source files of the matched routes' lazily loaded components (`LazyComponent.module`). */
  modules: string[];
}

export async function render(url: string, bundle: PrerenderBundle): Promise<RenderResult> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(bundleKeys.manifest(), bundle.manifest);
  for (const [file, year] of bundle.years) queryClient.setQueryData(bundleKeys.year(file), year);
  for (const [file, issue] of bundle.issues) queryClient.setQueryData(bundleKeys.issue(file), issue);
  // Through the bundle's own names, not the manifest's: a page that does not use people reads none of them.
  if (bundle.people !== null) {
    const people = bundle.people;
    queryClient.setQueryData(peopleIndexQueryOptions(people.indexFile).queryKey, people.index);
    for (const [file, letter] of people.letters)
      queryClient.setQueryData(peopleLetterQueryOptions(file).queryKey, letter);
    for (const [file, part] of people.parts) queryClient.setQueryData(peoplePartQueryOptions(file).queryKey, part);
    queryClient.setQueryData(peopleDirectoryQueryOptions(people.directoryFile).queryKey, people.directory);
    for (const [file, dir] of bundle.people.dirs) queryClient.setQueryData(peopleDirQueryOptions(file).queryKey, dir);
    for (const [file, shard] of bundle.people.shards)
      queryClient.setQueryData(peopleShardQueryOptions(file).queryKey, shard);
  }
  const { query, dataRoutes } = createStaticHandler(createRoutes(queryClient), {
    basename: import.meta.env.BASE_URL.replace(/\/$/u, "") || "/",
  });
  const context = await query(new Request(url));
  if (context instanceof Response) throw new Error(`prerender of ${url} answered a redirect (${context.status})`);
  const router = createStaticRouter(dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProvider>
    </StrictMode>,
  );
  const matches = context.matches.map((m) => ({ handle: m.route.handle, loaderData: context.loaderData[m.route.id] }));
  const head =
    context.errors === null
      ? matchedHead(matches, { queryClient, url: new URL(url) })
      : notFoundHead(context.statusCode);
  if (head === null) throw new Error(`prerender of ${url}: its route has no head`);
  const modules = context.matches.flatMap((m) => (m.route.handle as RouteHandle | undefined)?.module ?? []);
  return { html, status: context.statusCode, head, modules };
}

export { prerenderTargets } from "./router";
export type { PrerenderBundle, PrerenderTarget } from "./routes/route-table";
