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
  const key = filterKey(query);
  const filter = await queryClient.ensureQueryData(peopleFilterQueryOptions(filterFile));
  const wanted = piecesFor(
    filter.pieces.map((p) => p.from),
    key,
  );
  const pieces = await Promise.all(
    wanted
      .slice(0, MAX_FILTER_PIECES)
      .map((i) => queryClient.ensureQueryData(peopleKeysQueryOptions(filter.pieces[i]!.file))),
  );
  return { people: peopleWithKey(pieces, query), complete: wanted.length <= MAX_FILTER_PIECES };
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
