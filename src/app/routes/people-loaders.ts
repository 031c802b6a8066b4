import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import { manifestQueryOptions } from "@/app/api/bundle-queries";
import { letterOfSlug } from "@/app/features/people/api/index-pages";
import {
  ensurePerson,
  peopleIndexQueryOptions,
  peopleLetterQueryOptions,
  peoplePartQueryOptions,
} from "@/app/features/people/api/people-queries";
import { notFound, positiveInt } from "@/app/lib/not-found";

/**
 * Loaders of 人物 (the index, one part of a letter of it) and of one person's page, which reads the
 * people directory and the person's own shard, never the index. Each reads files bounded in bytes:
 * the index (letters and the most mentioned), a letter's file (its parts) and the one part shown.
 */
async function peopleFiles(queryClient: QueryClient) {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  if (manifest.people === undefined) notFound("notFound.noPeople");
  return manifest.people;
}

async function loadIndex(queryClient: QueryClient) {
  const { index } = await peopleFiles(queryClient);
  return { indexFile: index, index: await queryClient.ensureQueryData(peopleIndexQueryOptions(index)) };
}

export function peopleLoader(queryClient: QueryClient) {
  return async () => ({ indexFile: (await loadIndex(queryClient)).indexFile });
}

/**
 * One letter's page of a large index: `/people/letter/l/` (its first part), `/people/letter/l/2/`…
 * On a one-page index, a letter's page lists that letter's people from the index itself.
 */
export function peopleLetterLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const { indexFile, index } = await loadIndex(queryClient);
    const slug = params.letter ?? "";
    const letter = letterOfSlug(slug);
    const entry = index.letters.find((l) => l.letter === letter);
    if (letter === null || entry === undefined) notFound("notFound.letter", { letter: slug });
    const part = params.part === undefined ? 1 : (positiveInt(params.part) ?? 0);
    if (entry.file === undefined) {
      if (part !== 1) notFound("notFound.letter", { letter: `${slug}/${params.part ?? ""}` });
      return { indexFile, letter, letterFile: null, partFile: null, part };
    }
    const file = await queryClient.ensureQueryData(peopleLetterQueryOptions(entry.file));
    const partFile = file.parts[part - 1]?.file;
    // `/people/letter/l/1/` is the letter's own address, so it is not one of its parts.
    if (partFile === undefined || params.part === "1")
      notFound("notFound.letter", { letter: `${slug}/${params.part ?? ""}` });
    await queryClient.ensureQueryData(peoplePartQueryOptions(partFile));
    return { indexFile, letter, letterFile: entry.file, partFile, part };
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
