/**
 * The reader's stored settings and how they apply to the page: the one source for the app
 * (`reading-settings.ts`) and for the script that applies them before first paint
 * (`reading-init.ts`, built into `reading-init.js` by `scripts/vite/reading-init.ts`). No imports:
 * it is compiled on its own into a tiny blocking script.
 */
export const FONT_SIZES = [0, 1, 2, 3, 4] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export const DEFAULT_FONT_SIZE: FontSize = 1;

export type ThemeChoice = "system" | "light" | "dark";

export interface ReadingSettings {
  fontSize: FontSize;
  theme: ThemeChoice;
}

export const STORAGE_KEYS = { fontSize: "folio.fontSize", theme: "folio.theme" } as const;
export const DEFAULT_SETTINGS: ReadingSettings = { fontSize: DEFAULT_FONT_SIZE, theme: "system" };

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
    };
  } catch {
    return DEFAULT_SETTINGS; // storage blocked (private mode, sandboxed frame)
  }
}

export function writeStoredSettings(storage: Pick<Storage, "setItem">, settings: ReadingSettings): void {
  storage.setItem(STORAGE_KEYS.fontSize, String(settings.fontSize));
  storage.setItem(STORAGE_KEYS.theme, settings.theme);
}

export const DARK_QUERY = "(prefers-color-scheme: dark)";

export function prefersDark(win: Pick<Window, "matchMedia">): boolean {
  return typeof win.matchMedia === "function" && win.matchMedia(DARK_QUERY).matches;
}

/** `data-font-size` and `data-theme` on `<html>`, which the CSS reads. */
export function applyToDocument(settings: ReadingSettings, root: HTMLElement, systemDark: boolean): void {
  root.dataset.fontSize = String(settings.fontSize);
  root.dataset.theme = settings.theme === "dark" || (settings.theme === "system" && systemDark) ? "dark" : "light";
}
