/**
 * The libraries the app starts with, for `boot.ts` to evaluate in a task of their own before the
 * app. Named exports only (a dynamic import of a whole package keeps every export of it): the
 * bundler still keeps only what the app uses.
 */
export { createBrowserRouter, RouterProvider } from "react-router";
export { QueryClient, QueryClientProvider } from "@tanstack/react-query";
export { issueSchema, manifestSchema } from "@/bundle/schema";
