import { useSuspenseQuery } from "@tanstack/react-query";
import { useLoaderData } from "react-router";
import { peopleShardQueryOptions, personIn } from "@/app/features/people/api/people-queries";
import { PersonView } from "@/app/features/people/components/PersonView";
import type { personLoader } from "./people-loaders";
import type { LoaderData } from "@/app/lib/loader-data";

/** One person's page: from their shard alone. */
export function PersonRoute() {
  const { files, name, pagedByLetter } = useLoaderData<LoaderData<typeof personLoader>>();
  const { data: shard } = useSuspenseQuery(peopleShardQueryOptions(files.shard));
  return <PersonView detail={personIn(shard.people, name)} pagedByLetter={pagedByLetter} />;
}
