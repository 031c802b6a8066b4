import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useLocation, useMatches } from "react-router";
import { basePath } from "@/app/config/paths";
import { SITE_URL } from "@/app/config/site";
import { applyHead } from "@/app/lib/apply-head";
import type { Head } from "@/app/lib/head";
import { runInOwnTaskIf } from "@/app/lib/next-task";
import { isHydrating } from "@/app/lib/use-is-client";
import type { HeadContext, RouteHandle } from "./route-table";

/** The head of the deepest matched route that has one and whose loader succeeded. */
export function matchedHead(
  matches: readonly { handle: unknown; loaderData: unknown }[],
  context: HeadContext,
): Head | null {
  for (let i = matches.length - 1; i >= 0; i--) {
    const { handle, loaderData } = matches[i]!;
    const head = (handle as RouteHandle | undefined)?.head;
    if (head !== undefined && loaderData !== undefined) return head(loaderData, context);
  }
  return null;
}

/**
 * Keeps the document head in step with the route: the same head the prerender wrote into the
 * route's HTML file. An error view sets its own title; its route has no data to build a head from.
 * On the hydrated page the head is already there (`applyHead` finds it equal): building it to check
 * is done in a task of its own, not in the hydration's.
 */
export function useRouteHead(): void {
  const matches = useMatches();
  const location = useLocation();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      runInOwnTaskIf(isHydrating(), () => {
        const url = new URL(`${basePath}${location.pathname}${location.search}`, window.location.origin);
        const head = matchedHead(matches, { queryClient, url });
        if (head !== null) applyHead(head, SITE);
      }),
    [matches, location, queryClient],
  );
}

/** Applies a head that does not come from a route's data (the not-found view's). */
export function useHead(head: Head): void {
  useEffect(() => {
    applyHead(head, SITE);
  }, [head]);
}

const SITE = { siteUrl: SITE_URL, base: basePath };
