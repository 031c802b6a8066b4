import { useSuspenseQuery } from "@tanstack/react-query";
import { useLoaderData } from "react-router";
import { peopleIndexQueryOptions } from "@/app/features/people/api/people-queries";
import { PeopleIndexView } from "@/app/features/people/components/PeopleIndexView";
import { useDocumentTitle } from "@/app/lib/use-document-title";
import type { peopleLoader } from "./people-loaders";
import type { LoaderData } from "@/app/lib/loader-data";

/** 人物: the people index. */
export function PeopleRoute() {
  const { indexFile } = useLoaderData<LoaderData<typeof peopleLoader>>();
  const { data: index } = useSuspenseQuery(peopleIndexQueryOptions(indexFile));
  useDocumentTitle({ title: "人物" });
  return <PeopleIndexView people={index.people} />;
}
