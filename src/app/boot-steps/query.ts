/** The query client's library, for `boot.ts` to evaluate in a task of its own (see `boot-steps/router.ts`). */
export { QueryClient, QueryClientProvider } from "@tanstack/react-query";
