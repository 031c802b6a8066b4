/**
 * The router, for `boot.ts` to evaluate in a task of its own (see `boot-steps/`). Named exports
 * only (a dynamic import of a whole package keeps every export of it): the bundler still keeps
 * only what the app uses.
 */
export { createBrowserRouter, RouterProvider } from "react-router";
