import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import type { Issue, Manifest, PeopleIndex, PeopleShard } from "@/bundle/schema";
import { peopleIndexQueryOptions, peopleShardQueryOptions } from "./features/people/api/people-queries";
import { bundleKeys } from "./api/bundle-queries";
import { AppProvider, createQueryClient } from "./provider";
import { createRoutes } from "./router";

/**
 * Prerender entry (built with `vite build --ssr`): renders one URL to HTML from bundle data the
 * caller read from disk. The query cache is filled up front, so loaders never fetch on the server.
 * No hydration data is inlined (the CSP forbids inline scripts): the client loads the data itself.
 */
export interface RenderResult {
  html: string;
  status: number;
  /** The loader data of the deepest matched route, for the caller's head builder. */
  routeId: string;
  loaderData: unknown;
}

export interface PrerenderBundle {
  manifest: Manifest;
  issues: Map<string, Issue>;
  people: { index: PeopleIndex; shards: Map<string, PeopleShard> } | null;
}

export async function render(url: string, bundle: PrerenderBundle): Promise<RenderResult> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(bundleKeys.manifest(), bundle.manifest);
  for (const [file, issue] of bundle.issues) queryClient.setQueryData(bundleKeys.issue(file), issue);
  if (bundle.people !== null && bundle.manifest.people !== undefined) {
    queryClient.setQueryData(peopleIndexQueryOptions(bundle.manifest.people).queryKey, bundle.people.index);
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
  const deepest = context.matches.at(-1);
  return {
    html,
    status: context.statusCode,
    routeId: deepest?.route.id ?? "",
    loaderData: deepest === undefined ? undefined : context.loaderData[deepest.route.id],
  };
}

export {
  archiveHead,
  articleHead,
  monthHead,
  pageHead,
  peopleHead,
  peopleLetterHead,
  personHead,
  searchHead,
} from "./routes/heads";
export { isPagedByLetter, LETTERS, letterSlug } from "./features/people/api/index-pages";
export { issueMonths } from "./features/archive/api/calendar";
export { neighbours } from "./routes/issue-loaders";
