import { QueryClient, QueryClientProvider, type QueryCache } from "@tanstack/react-query";
import type { ReactNode } from "react";

/** One query client per app (per prerendered page on the server, with a cache that takes the bundle's files from disk). */
export function createQueryClient(queryCache?: QueryCache): QueryClient {
  return new QueryClient({
    ...(queryCache && { queryCache }),
    defaultOptions: {
      // Loaders fetch and the error view offers a retry: no silent automatic retries.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    },
  });
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
