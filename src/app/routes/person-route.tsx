import { useSuspenseQuery } from "@tanstack/react-query";
import { useLoaderData } from "react-router";
import { peopleIndexQueryOptions, peopleShardQueryOptions } from "@/app/features/people/api/people-queries";
import { PersonView } from "@/app/features/people/components/PersonView";
import type { personLoader } from "./people-loaders";
import type { LoaderData } from "@/app/lib/loader-data";

/** One person's page. */
export function PersonRoute() {
  const { indexFile, name } = useLoaderData<LoaderData<typeof personLoader>>();
  const { data: index } = useSuspenseQuery(peopleIndexQueryOptions(indexFile));
  const summary = index.people.find((p) => p.name === name)!;
  const { data: shard } = useSuspenseQuery(peopleShardQueryOptions(index.shards[summary.letter]!));
  const detail = shard.people.find((p) => p.name === name)!;
  return <PersonView summary={summary} detail={detail} indexSize={index.people.length} />;
}
