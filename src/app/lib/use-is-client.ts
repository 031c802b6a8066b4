import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * False while rendering on the server and while hydrating, true after: state that only the
 * browser knows (the URL's query, storage) waits for it, so hydration matches the prerendered HTML.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
