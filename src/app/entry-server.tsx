import "./locales/zh";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import {
  hashKey,
  QueryCache,
  type DefaultError,
  type Query,
  type QueryClient,
  type QueryKey,
} from "@tanstack/react-query";
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
  // Each bundle file is put into the query cache when the render first asks for it, not up front:
  // a page costs what it reads, whatever the archive holds (and the bundle reads it then).
  const queryCache = new BundleQueryCache(bundleQueries(bundle));
  const queryClient = createQueryClient(queryCache);
  queryCache.client = queryClient;
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

/** Every file of the prerender's bundle by the hash of its query key: its key, and how to read it. */
type BundleQueries = Map<string, { key: QueryKey; data: () => unknown }>;

const listed = new WeakMap<PrerenderBundle, BundleQueries>();

/** The bundle's files as queries, listed once per bundle (by name: no file is read here). */
function bundleQueries(bundle: PrerenderBundle): BundleQueries {
  const known = listed.get(bundle);
  if (known !== undefined) return known;
  const queries: BundleQueries = new Map();
  const add = (key: QueryKey, data: () => unknown) => queries.set(hashKey(key), { key, data });
  add(bundleKeys.manifest(), () => bundle.manifest);
  for (const file of bundle.years.keys()) add(bundleKeys.year(file), () => bundle.years.get(file));
  for (const file of bundle.issues.keys()) add(bundleKeys.issue(file), () => bundle.issues.get(file));
  for (const file of bundle.pageTexts.keys()) add(bundleKeys.pageText(file), () => bundle.pageTexts.get(file));
  // Through the bundle's own names, not the manifest's: a page that does not use people reads none of them.
  const people = bundle.people;
  if (people !== null) {
    add(peopleIndexQueryOptions(people.indexFile).queryKey, () => people.index);
    for (const file of people.letters.keys())
      add(peopleLetterQueryOptions(file).queryKey, () => people.letters.get(file));
    for (const file of people.parts.keys()) add(peoplePartQueryOptions(file).queryKey, () => people.parts.get(file));
    add(peopleDirectoryQueryOptions(people.directoryFile).queryKey, () => people.directory);
    for (const file of people.dirs.keys()) add(peopleDirQueryOptions(file).queryKey, () => people.dirs.get(file));
    for (const file of people.shards.keys()) add(peopleShardQueryOptions(file).queryKey, () => people.shards.get(file));
  }
  listed.set(bundle, queries);
  return queries;
}

/**
 * A query cache that, asked for a query it does not hold, takes it from the bundle when the bundle
 * has that file (so loaders never fetch on the server, and only what the page asks for is read).
 */
class BundleQueryCache extends QueryCache {
  client: QueryClient | undefined;
  private filling = false;

  constructor(private readonly queries: BundleQueries) {
    super();
  }

  override get<
    TQueryFnData = unknown,
    TError = DefaultError,
    TData = TQueryFnData,
    TQueryKey extends QueryKey = QueryKey,
  >(queryHash: string): Query<TQueryFnData, TError, TData, TQueryKey> | undefined {
    const held = super.get<TQueryFnData, TError, TData, TQueryKey>(queryHash);
    if (held !== undefined || this.filling || this.client === undefined) return held;
    const query = this.queries.get(queryHash);
    if (query === undefined) return undefined;
    this.filling = true;
    try {
      this.client.setQueryData(query.key, query.data());
    } finally {
      this.filling = false;
    }
    return super.get<TQueryFnData, TError, TData, TQueryKey>(queryHash);
  }
}

export { prerenderTargets } from "./router";
export type { PrerenderBundle, PrerenderTarget } from "./routes/route-table";
