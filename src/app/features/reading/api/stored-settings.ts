/**
 * The reader's stored settings and how they apply to the page: the one source for the app
 * (`reading-settings.ts`) and for the script that applies them before first paint
 * (`reading-init.ts`, inlined into the page by `scripts/vite/reading-init.ts`). It imports
 * only the dependency-free `script-choice.ts` and `language-settings.ts`: it is compiled on its own
 * into a tiny blocking script.
 */
import { SCRIPT_CHOICES, type ScriptChoice } from "../../../lib/script-choice";
import { LOCALES, type InterfaceLocale } from "./language-settings";

export const FONT_SIZES = [0, 1, 2, 3, 4] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export const DEFAULT_FONT_SIZE: FontSize = 1;

export type ThemeChoice = "system" | "light" | "dark";

/** A PDF page's view: its page image with the articles as regions, or its text (本版标题 and openings). */
export type PageViewChoice = "image" | "text";

export interface ReadingSettings {
  fontSize: FontSize;
  theme: ThemeChoice;
  /** Simplified or traditional characters; null until the reader (or a `?script=` link) chooses. */
  script: ScriptChoice | null;
  /** The interface's language; null until the reader chooses (then the browser's languages decide). */
  locale: InterfaceLocale | null;
  /** How a PDF page opens (its image by default); remembered like the rest. */
  pageView: PageViewChoice;
}

export const STORAGE_KEYS = {
  fontSize: "folio.fontSize",
  theme: "folio.theme",
  script: "folio.script",
  locale: "folio.locale",
  pageView: "folio.pageView",
} as const;
export const DEFAULT_SETTINGS: ReadingSettings = {
  fontSize: DEFAULT_FONT_SIZE,
  theme: "system",
  script: null,
  locale: null,
  pageView: "image",
};

export function readStoredSettings(storage: Pick<Storage, "getItem">): ReadingSettings {
  try {
    const storedSize = storage.getItem(STORAGE_KEYS.fontSize);
    const size = Number(storedSize);
    const theme = storage.getItem(STORAGE_KEYS.theme);
    return {
      fontSize:
        storedSize !== null && (FONT_SIZES as readonly number[]).includes(size)
          ? (size as FontSize)
          : DEFAULT_FONT_SIZE,
      theme: theme === "light" || theme === "dark" || theme === "system" ? theme : "system",
      script: oneOf(storage.getItem(STORAGE_KEYS.script), SCRIPT_CHOICES),
      locale: oneOf(storage.getItem(STORAGE_KEYS.locale), LOCALES),
      pageView: storage.getItem(STORAGE_KEYS.pageView) === "text" ? "text" : "image",
    };
  } catch {
    return DEFAULT_SETTINGS; // storage blocked (private mode, sandboxed frame)
  }
}

function oneOf<T extends string>(value: string | null, choices: readonly T[]): T | null {
  return (choices as readonly (string | null)[]).includes(value) ? (value as T) : null;
}

export function writeStoredSettings(storage: Pick<Storage, "setItem" | "removeItem">, settings: ReadingSettings): void {
  storage.setItem(STORAGE_KEYS.fontSize, String(settings.fontSize));
  storage.setItem(STORAGE_KEYS.theme, settings.theme);
  storage.setItem(STORAGE_KEYS.pageView, settings.pageView);
  for (const key of ["script", "locale"] as const) {
    const value = settings[key];
    if (value === null) storage.removeItem(STORAGE_KEYS[key]);
    else storage.setItem(STORAGE_KEYS[key], value);
  }
}

export const DARK_QUERY = "(prefers-color-scheme: dark)";

export function prefersDark(win: Pick<Window, "matchMedia">): boolean {
  return typeof win.matchMedia === "function" && win.matchMedia(DARK_QUERY).matches;
}

/**
 * `data-font-size` and `data-theme` on `<html>`, which the CSS reads; `data-page-view="text"` when
 * the reader chose a PDF page's text over its image (so a prerendered page opens in that view).
 */
export function applyToDocument(settings: ReadingSettings, root: HTMLElement, systemDark: boolean): void {
  root.dataset.fontSize = String(settings.fontSize);
  root.dataset.theme = settings.theme === "dark" || (settings.theme === "system" && systemDark) ? "dark" : "light";
  if (settings.pageView === "text") root.dataset.pageView = "text";
  else delete root.dataset.pageView;
}
