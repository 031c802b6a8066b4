import { useSuspenseQuery } from "@tanstack/react-query";
import { useLoaderData } from "react-router";
import { peopleIndexQueryOptions } from "@/app/features/people/api/people-queries";
import { PeopleIndexView } from "@/app/features/people/components/PeopleIndexView";
import type { peopleLetterLoader, peopleLoader } from "./people-loaders";
import type { LoaderData } from "@/app/lib/loader-data";

/** 人物: the people index, or one letter of a large one. */
export function PeopleRoute() {
  const data = useLoaderData<LoaderData<typeof peopleLoader> | LoaderData<typeof peopleLetterLoader>>();
  const letter = "letter" in data ? data.letter : null;
  const { data: index } = useSuspenseQuery(peopleIndexQueryOptions(data.indexFile));
  return <PeopleIndexView people={index.people} letter={letter} />;
}
