import { useSyncExternalStore } from "react";

import {
  applyToDocument as applyTo,
  DARK_QUERY,
  DEFAULT_SETTINGS,
  prefersDark,
  readStoredSettings,
  writeStoredSettings,
  type FontSize,
  type ReadingSettings,
  type ThemeChoice,
} from "./stored-settings";

/**
 * The reader's settings as the app uses them: a store over localStorage that applies them to
 * <html> as data attributes (`data-theme`, `data-font-size`), which the CSS reads. What is stored
 * and how it applies is `stored-settings.ts`, shared with the script that applies the stored
 * values before first paint (`reading-init.ts`).
 */
export { DEFAULT_FONT_SIZE, FONT_SIZES } from "./stored-settings";
export type { FontSize, ReadingSettings, ThemeChoice };
export const FONT_SIZE_NAMES: Record<FontSize, string> = { 0: "小", 1: "标准", 2: "大", 3: "较大", 4: "特大" };
export const THEME_NAMES: Record<ThemeChoice, string> = { system: "跟随系统", light: "浅色", dark: "深色" };

const DEFAULTS = DEFAULT_SETTINGS;

function read(): ReadingSettings {
  try {
    return readStoredSettings(localStorage);
  } catch {
    return DEFAULTS; // storage blocked (private mode, sandboxed frame)
  }
}

let current: ReadingSettings | null = null;
const listeners = new Set<() => void>();

function snapshot(): ReadingSettings {
  current ??= read();
  return current;
}

export function applyToDocument(settings: ReadingSettings): void {
  applyTo(settings, document.documentElement, prefersDark(window));
}

export function updateReadingSettings(patch: Partial<ReadingSettings>): void {
  const next = { ...snapshot(), ...patch };
  current = next;
  try {
    writeStoredSettings(localStorage, next);
  } catch {
    // not persisted, still applied for this visit
  }
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
