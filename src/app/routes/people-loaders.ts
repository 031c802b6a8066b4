import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import { manifestQueryOptions } from "@/app/api/bundle-queries";
import { letterOfSlug } from "@/app/features/people/api/index-pages";
import { ensurePerson, peopleIndexQueryOptions } from "@/app/features/people/api/people-queries";
import { notFound } from "@/app/lib/not-found";

/**
 * Loaders of 人物 (the index, one letter of it) and of one person's page, which reads the people
 * directory and the person's own shard, never the index.
 */
async function peopleFiles(queryClient: QueryClient) {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  if (manifest.people === undefined) notFound("notFound.noPeople");
  return manifest.people;
}

async function loadIndex(queryClient: QueryClient) {
  const { index } = await peopleFiles(queryClient);
  await queryClient.ensureQueryData(peopleIndexQueryOptions(index));
  return index;
}

export function peopleLoader(queryClient: QueryClient) {
  return async () => ({ indexFile: await loadIndex(queryClient) });
}

/** One letter's page of a large index: `/people/letter/l/`. */
export function peopleLetterLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const indexFile = await loadIndex(queryClient);
    const index = await queryClient.ensureQueryData(peopleIndexQueryOptions(indexFile));
    const letter = letterOfSlug(params.letter ?? "");
    if (letter === null || !index.people.some((p) => p.letter === letter))
      notFound("notFound.letter", { letter: params.letter ?? "" });
    return { indexFile, letter };
  };
}

export function personLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const { directory } = await peopleFiles(queryClient);
    const name = params.name ?? "";
    const { files, detail, pagedByLetter } = await ensurePerson(queryClient, directory, name);
    if (detail === undefined) notFound("notFound.person", { name });
    return { files, name, pagedByLetter };
  };
}
