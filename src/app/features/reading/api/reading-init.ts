/**
 * Applies the reader's stored font size and theme before first paint: built into a small script
 * inline in the page's head (see `scripts/vite/reading-init.ts`; the CSP allows it by its hash), so
 * a prerendered page never flashes the wrong theme or size.
 */
import { applyToDocument, prefersDark, readStoredSettings, DEFAULT_SETTINGS } from "./stored-settings";

let storage: Storage | null = null;
try {
  storage = window.localStorage;
} catch {
  // storage blocked: defaults apply
}
applyToDocument(
  storage === null ? DEFAULT_SETTINGS : readStoredSettings(storage),
  document.documentElement,
  prefersDark(window),
);
