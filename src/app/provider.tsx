import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

/** One query client per app (per prerendered page on the server). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Loaders fetch and the error view offers a retry: no silent automatic retries.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    },
  });
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
