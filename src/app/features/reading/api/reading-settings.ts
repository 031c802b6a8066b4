import { useSyncExternalStore } from "react";

/**
 * The reader's settings, kept in localStorage and applied to <html> as data attributes
 * (`data-theme`, `data-font-size`), which the CSS reads. `public/reading-init.js` applies the same
 * stored values before first paint, so a prerendered page never flashes the wrong theme; keep the
 * storage keys and values in step with it.
 */
export const FONT_SIZES = [0, 1, 2, 3, 4] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export const DEFAULT_FONT_SIZE: FontSize = 1;
export const FONT_SIZE_NAMES: Record<FontSize, string> = { 0: "小", 1: "标准", 2: "大", 3: "较大", 4: "特大" };

export type ThemeChoice = "system" | "light" | "dark";
export const THEME_NAMES: Record<ThemeChoice, string> = { system: "跟随系统", light: "浅色", dark: "深色" };

export interface ReadingSettings {
  fontSize: FontSize;
  theme: ThemeChoice;
}

const KEYS = { fontSize: "folio.fontSize", theme: "folio.theme" } as const;
const DEFAULTS: ReadingSettings = { fontSize: DEFAULT_FONT_SIZE, theme: "system" };

function read(): ReadingSettings {
  try {
    const size = Number(localStorage.getItem(KEYS.fontSize));
    const theme = localStorage.getItem(KEYS.theme);
    return {
      fontSize:
        (FONT_SIZES as readonly number[]).includes(size) && localStorage.getItem(KEYS.fontSize) !== null
          ? (size as FontSize)
          : DEFAULT_FONT_SIZE,
      theme: theme === "light" || theme === "dark" || theme === "system" ? theme : "system",
    };
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
  const root = document.documentElement;
  root.dataset.fontSize = String(settings.fontSize);
  const dark =
    settings.theme === "dark" || (settings.theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  root.dataset.theme = dark ? "dark" : "light";
}

export function updateReadingSettings(patch: Partial<ReadingSettings>): void {
  const next = { ...snapshot(), ...patch };
  current = next;
  try {
    localStorage.setItem(KEYS.fontSize, String(next.fontSize));
    localStorage.setItem(KEYS.theme, next.theme);
  } catch {
    // not persisted, still applied for this visit
  }
  applyToDocument(next);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = matchMedia("(prefers-color-scheme: dark)");
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
