import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { isPagedByLetter } from "@/bundle/people-pages";
import { personBucket } from "@/bundle/person-bucket";
import {
  restorePeopleDir,
  restorePeopleDirectory,
  restorePeopleFilter,
  restorePeopleIndex,
  restorePeopleKeys,
  restorePeopleLetter,
  restorePeoplePart,
  restorePeopleShardInSteps,
} from "@/bundle/restore";
import type { PersonDetail } from "@/bundle/schema";
import { bundleKeys } from "@/app/api/bundle-queries";
import { fetchBundleJson } from "@/app/lib/fetch-bundle";
import { timeSliced } from "@/app/lib/next-task";

/**
 * Query options for the people files (never stale: content-hashed, or named by a file that is):
 * the index (the 人物 page), a letter's file and its parts (a letter's pages), the filter's list of
 * pieces and its pieces (loaded as the reader types), and for one person the people directory, one
 * directory file and the shard their name hashes to.
 */
export function peopleIndexQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people", file] as const,
    queryFn: async ({ signal }) => restorePeopleIndex(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peopleLetterQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-letter", file] as const,
    queryFn: async ({ signal }) => restorePeopleLetter(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peoplePartQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-part", file] as const,
    queryFn: async ({ signal }) => restorePeoplePart(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peopleFilterQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-filter", file] as const,
    queryFn: async ({ signal }) => restorePeopleFilter(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peopleKeysQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-keys", file] as const,
    queryFn: async ({ signal }) => restorePeopleKeys(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peopleDirectoryQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-directory", file] as const,
    queryFn: async ({ signal }) => restorePeopleDirectory(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peopleDirQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-dir", file] as const,
    queryFn: async ({ signal }) => restorePeopleDir(await fetchBundleJson(file, signal)),
    staleTime: Infinity,
  });
}

export function peopleShardQueryOptions(file: string) {
  return queryOptions({
    queryKey: [...bundleKeys.all, "people-shard", file] as const,
    // A shard holds dozens of people: validated a few at a time, yielding between (a person page's longest task was this).
    queryFn: async ({ signal }) => restorePeopleShardInSteps(await fetchBundleJson(file, signal), timeSliced()),
    staleTime: Infinity,
  });
}

/** Where one person's details are: the files a person page reads, in order, the last being their shard. */
export interface PersonFiles {
  directory: string;
  dir: string;
  shard: string;
}

/** Loads (or finds in the cache) the files that hold one person, and the person, if there is one. */
export async function ensurePerson(
  queryClient: QueryClient,
  directoryFile: string,
  name: string,
): Promise<{ files: PersonFiles; detail: PersonDetail | undefined; pagedByLetter: boolean }> {
  const directory = await queryClient.ensureQueryData(peopleDirectoryQueryOptions(directoryFile));
  const bucket = personBucket(name, directory.shardCount);
  const dirFile = directory.directories[Math.floor(bucket / directory.perDirectory)]!;
  const dir = await queryClient.ensureQueryData(peopleDirQueryOptions(dirFile));
  const shardFile = dir.shards[bucket % directory.perDirectory]!;
  const shard = await queryClient.ensureQueryData(peopleShardQueryOptions(shardFile));
  return {
    files: { directory: directoryFile, dir: dirFile, shard: shardFile },
    detail: shard.people.find((p) => p.name === name),
    pagedByLetter: directory.pagedByLetter ?? isPagedByLetter(directory.peopleCount),
  };
}

/** The person in a shard already loaded (by `ensurePerson`). */
export function personIn(people: readonly PersonDetail[], name: string): PersonDetail {
  return people.find((p) => p.name === name)!;
}
