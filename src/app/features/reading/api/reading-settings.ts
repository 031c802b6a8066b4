import { useSyncExternalStore } from "react";

import type { ScriptChoice } from "@/app/lib/script-choice";
import { linkedChoices, type InterfaceLocale } from "./language-settings";
import {
  applyToDocument as applyTo,
  DARK_QUERY,
  DEFAULT_SETTINGS,
  prefersDark,
  readStoredSettings,
  writeStoredSettings,
  type FontSize,
  type PageViewChoice,
  type ReadingSettings,
  type ThemeChoice,
} from "./stored-settings";

/**
 * The reader's settings as the app uses them: a store over localStorage that applies them to
 * <html> as data attributes (`data-theme`, `data-font-size`), which the CSS reads. What is stored
 * and how it applies is `stored-settings.ts`, shared with the script that applies the stored
 * values before first paint (`reading-init.ts`). A link's `?script=` (and `?lang=`) is a choice
 * too: it is taken (and remembered) when the app starts.
 */
export { DEFAULT_FONT_SIZE, FONT_SIZES } from "./stored-settings";
export type { FontSize, InterfaceLocale, PageViewChoice, ReadingSettings, ScriptChoice, ThemeChoice };
// The script helpers that the page's language and shared links need, through this module: so the
// bundler keeps `script-choice.ts` in this module's chunk, not in a chunk of its own.
export { SCRIPT_DATA_KEY, scriptLang, sharedLink, shownScript } from "@/app/lib/script-choice";

const DEFAULTS = DEFAULT_SETTINGS;

function read(): ReadingSettings {
  let stored: ReadingSettings;
  try {
    stored = readStoredSettings(localStorage);
  } catch {
    stored = DEFAULTS; // storage blocked (private mode, sandboxed frame)
  }
  const { script, locale } = linkedChoices(window.location.search, stored);
  if (script === stored.script && locale === stored.locale) return stored;
  const next = { ...stored, script, locale };
  persist(next);
  return next;
}

function persist(settings: ReadingSettings): void {
  try {
    writeStoredSettings(localStorage, settings);
  } catch {
    // not persisted, still applied for this visit
  }
}

let current: ReadingSettings | null = null;
const listeners = new Set<() => void>();

/**
 * The settings in force. The defaults themselves when they are (most readers): the prerendered page
 * was rendered with those, so the hydrated components that read the settings see the same object and
 * React does not render them again after hydration.
 */
function snapshot(): ReadingSettings {
  current ??= asDefaults(read());
  return current;
}

function asDefaults(settings: ReadingSettings): ReadingSettings {
  const keys = Object.keys(DEFAULTS) as (keyof ReadingSettings)[];
  return keys.every((key) => settings[key] === DEFAULTS[key]) ? DEFAULTS : settings;
}

/** The settings in force, outside a component (what `useReadingSettings` gives once hydrated). */
export function readingSettings(): ReadingSettings {
  return snapshot();
}

export function applyToDocument(settings: ReadingSettings): void {
  applyTo(settings, document.documentElement, prefersDark(window));
}

export function updateReadingSettings(patch: Partial<ReadingSettings>): void {
  const next = { ...snapshot(), ...patch };
  current = next;
  persist(next);
  applyToDocument(next);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = matchMedia(DARK_QUERY);
  const onSystemChange = () => applyToDocument(snapshot());
  media.addEventListener("change", onSystemChange);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", onSystemChange);
  };
}

/** The settings; the server (prerender) renders the defaults, the client its stored values. */
export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(subscribe, snapshot, () => DEFAULTS);
}

/**
 * One setting: like `useReadingSettings`, but a component that reads only this one is not rendered
 * again after hydration when the stored value is the default (the prerendered page already shows it).
 */
export function useReadingSetting<K extends keyof ReadingSettings>(key: K): ReadingSettings[K] {
  return useSyncExternalStore(
    subscribe,
    () => snapshot()[key],
    () => DEFAULTS[key],
  );
}
