/**
 * Applies the reader's stored font size and theme before first paint, and marks a page whose
 * interface will switch to English (`data-locale-pending`): built into a small script
 * inline in the page's head (see `scripts/vite/reading-init.ts`; the CSP allows it by its hash), so
 * a prerendered page never flashes the wrong theme or size.
 */
import { browserLanguages, chosenLocale, interfaceLocale, markLocalePending } from "./language-settings";
import { applyToDocument, DEFAULT_SETTINGS, prefersDark, readStoredSettings } from "./stored-settings";

let storage: Storage | null = null;
try {
  storage = window.localStorage;
} catch {
  // storage blocked: defaults apply
}
const settings = storage === null ? DEFAULT_SETTINGS : readStoredSettings(storage);
const root = document.documentElement;
applyToDocument(settings, root, prefersDark(window));
// The interface's language, decided as the app will decide it: when it is English, the prerendered
// Chinese page stays hidden until the app has switched it (`markLocalePending` in language-settings.ts).
markLocalePending(
  root,
  interfaceLocale(chosenLocale(window.location.search, settings.locale), browserLanguages(window.navigator)),
);
