import type { QueryClient } from "@tanstack/react-query";
import { manifestQueryOptions } from "@/app/api/bundle-queries";

/** The search page needs the index's entry and the papers' names, both in the manifest. */
export function searchLoader(queryClient: QueryClient) {
  return async () => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    return {
      entry: manifest.search ?? null,
      papers: manifest.papers.map((p) => ({ id: p.id, name: p.name })),
      /** `<paper>/<date>` of the issues whose date is inferred: shown as such in the results. */
      approximate: manifest.papers.flatMap((p) => p.approximateDates.map((date) => `${p.id}/${date}`)),
    };
  };
}
