import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * False while rendering on the server and while hydrating, true after: state that only the
 * browser knows (the URL's query, storage) waits for it, so hydration matches the prerendered HTML.
 * The component hydrates, then renders again at once: for a value, prefer `useClientValue`, which
 * renders again only when the browser's value differs from the prerendered one.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/**
 * A value only the browser knows (the URL's fragment or query): `server` while rendering on the
 * server and while hydrating, so hydration matches the prerendered HTML, then `client()`. When the
 * two are the same (no fragment, no query: most pages) the hydrated component is not rendered again
 * — no work for what the HTML already shows. `client` must return a primitive (compared with
 * `Object.is` on every render).
 */
export function useClientValue<T extends string | number | boolean | null>(client: () => T, server: T): T {
  return useSyncExternalStore(noop, client, () => server);
}

let hydrated = false;

/** Called once the app has hydrated the prerendered page (the root layout's first effect). */
export function markHydrated(): void {
  hydrated = true;
}

/**
 * Whether the component now rendering for the first time is being hydrated from the prerendered
 * page (or prerendered), rather than mounted by the running app. Read it in a first render only.
 */
export function isHydrating(): boolean {
  return !hydrated;
}
