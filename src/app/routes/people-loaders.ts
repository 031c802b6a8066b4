import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import { manifestQueryOptions } from "@/app/api/bundle-queries";
import { peopleIndexQueryOptions, peopleShardQueryOptions } from "@/app/features/people/api/people-queries";
import { notFound } from "@/app/lib/not-found";

/** Loaders of 人物 and of one person's page: the index, and the shard holding the person. */
async function loadIndex(queryClient: QueryClient) {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  if (manifest.people === undefined) notFound("这份数据没有人物索引");
  await queryClient.ensureQueryData(peopleIndexQueryOptions(manifest.people));
  return manifest.people;
}

export function peopleLoader(queryClient: QueryClient) {
  return async () => ({ indexFile: await loadIndex(queryClient) });
}

export function personLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const indexFile = await loadIndex(queryClient);
    const index = await queryClient.ensureQueryData(peopleIndexQueryOptions(indexFile));
    const name = params.name ?? "";
    const summary = index.people.find((p) => p.name === name);
    if (summary === undefined) notFound(`人物索引里没有“${name}”`);
    await queryClient.ensureQueryData(peopleShardQueryOptions(index.shards[summary.letter]!));
    return { indexFile, name };
  };
}
