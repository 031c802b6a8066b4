import { useSyncExternalStore } from "react";

/**
 * What the service worker told us, as a tiny store the UI can read from the first render (the
 * registration itself, with workbox-window, is loaded later, in its own chunk).
 */
export interface ServiceWorkerState {
  /** A new deployment is installed and waiting: offer a reload. */
  updateWaiting: boolean;
  /** The app shell is cached: the app opens offline. */
  offlineReady: boolean;
}

let state: ServiceWorkerState = { updateWaiting: false, offlineReady: false };
let acceptUpdate: () => void = () => window.location.reload();
const listeners = new Set<() => void>();

export function setServiceWorkerState(patch: Partial<ServiceWorkerState>, onAccept?: () => void): void {
  state = { ...state, ...patch };
  if (onAccept) acceptUpdate = onAccept;
  for (const listener of listeners) listener();
}

export function acceptServiceWorkerUpdate(): void {
  acceptUpdate();
}

const SERVER_STATE: ServiceWorkerState = { updateWaiting: false, offlineReady: false };

export function useServiceWorkerState(): ServiceWorkerState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => SERVER_STATE,
  );
}
