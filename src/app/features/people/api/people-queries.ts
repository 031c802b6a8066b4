import { queryOptions } from "@tanstack/react-query";
import { restorePeopleIndex, restorePeopleShard } from "@/bundle/restore";
import { bundleKeys } from "@/app/api/bundle-queries";
import { fetchBundleJson } from "@/app/lib/fetch-bundle";

/** Query options for the people index and its shards (content-hashed files: never stale). */
export function peopleIndexQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people", file] as const,
    queryFn: async ({ signal }) => restorePeopleIndex(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peopleShardQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-shard", file] as const,
    queryFn: async ({ signal }) => restorePeopleShard(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}
