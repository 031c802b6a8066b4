import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { byCodePoint, filterKey, piecesFor } from "@/bundle/people-filter-keys";
import type { PeopleKeys, PersonKey } from "@/bundle/schema";
import { matchesPerson } from "./match-person";
import { peopleFilterQueryOptions, peopleKeysQueryOptions } from "./people-queries";

/**
 * The 人物 filter of a large index: the pieces of sorted keys that may hold keys beginning with the
 * typed text (`@/bundle/people-filter-keys`), at most `MAX_FILTER_PIECES` of them, loaded on
 * demand and kept; the people of the keys that begin with it, in pinyin order. A short text whose
 * keys run over more pieces gives the people of the first ones, said as incomplete ("at least").
 * The pieces are listed in a tree of small files (`folio/people-filter`, one a level, bounded in
 * bytes): the text's files are read from the top down, only as far as its first pieces need.
 */

/** Pieces one typed text loads at most (about 10 kB gzip each). */
export const MAX_FILTER_PIECES = 3;

export interface FoundPeople {
  /** Name, pinyin, initials and letter: a piece holds what stays the same as the news goes on. */
  people: PersonKey[];
  /** False when the keys ran over more pieces than were loaded: there are more. */
  complete: boolean;
}

export async function findPeople(queryClient: QueryClient, filterFile: string, query: string): Promise<FoundPeople> {
  const { pieces, more } = await piecesOf(queryClient, filterFile, filterKey(query), MAX_FILTER_PIECES);
  const loaded = await Promise.all(pieces.map((file) => queryClient.ensureQueryData(peopleKeysQueryOptions(file))));
  return { people: peopleWithKey(loaded, query), complete: !more };
}

/**
 * The first `limit` pieces that may hold keys beginning with `key`, in order, and whether there are
 * more: at each filter file, its entries that may hold such keys (`piecesFor`, which gives the same
 * pieces a level at a time as over one list of them all), followed in order, down to the pieces.
 * A file is read only when the pieces found before it are fewer than `limit`.
 */
export async function piecesOf(
  queryClient: QueryClient,
  top: string,
  key: string,
  limit: number,
): Promise<{ pieces: string[]; more: boolean }> {
  const pieces: string[] = [];
  let more = false;
  const walk = async (file: string): Promise<void> => {
    const node = await queryClient.ensureQueryData(peopleFilterQueryOptions(file));
    for (const at of piecesFor(
      node.entries.map((e) => e.from),
      key,
    )) {
      if (pieces.length === limit) {
        more = true;
        return;
      }
      const entry = node.entries[at]!;
      if (node.level === 1) pieces.push(entry.file);
      else await walk(entry.file);
      if (more) return;
    }
  };
  if (key !== "") await walk(top);
  return { pieces, more };
}

/** The people in these pieces with a key that begins with the typed text (and who match it), in pinyin order. */
export function peopleWithKey(pieces: readonly PeopleKeys[], query: string): PersonKey[] {
  const key = filterKey(query);
  const found = new Map<string, PersonKey>();
  for (const piece of pieces) {
    for (const [k, i] of piece.keys) {
      const person = piece.people[i]!;
      if (k.startsWith(key) && !found.has(person.name) && matchesPerson(person, query)) found.set(person.name, person);
    }
  }
  return [...found.values()].sort((a, b) => byCodePoint(a.pinyin, b.pinyin) || byCodePoint(a.name, b.name));
}

/**
 * Starts loading the filter's top file as the reader is about to type (the filter box has focus),
 * so that the first letter typed waits for one file less: the tree is read a level at a time.
 */
export function usePrefetchFilter(filterFile: string | undefined): () => void {
  const queryClient = useQueryClient();
  return () => {
    if (filterFile !== undefined) void queryClient.prefetchQuery(peopleFilterQueryOptions(filterFile));
  };
}

/** The filter's answer for a typed text (none while nothing is typed); the last answer stays shown while the next loads. */
export function useFoundPeople(filterFile: string | undefined, query: string) {
  const queryClient = useQueryClient();
  const key = filterKey(query);
  return useQuery({
    // Not under `bundleKeys.all`: those keys name bundle files (the offline cache keeps them), and an answer is none.
    queryKey: ["people-found", filterFile ?? null, key] as const,
    queryFn: () => findPeople(queryClient, filterFile!, query),
    enabled: filterFile !== undefined && key !== "",
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
