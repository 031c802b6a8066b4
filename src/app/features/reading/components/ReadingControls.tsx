import { useT } from "@/app/lib/i18n";
import { FONT_SIZES, updateReadingSettings, useReadingSettings, type ThemeChoice } from "../api/reading-settings";
import { LanguageControls } from "./LanguageControls";

/**
 * Font size (A− / A+), theme (system / light / dark), and 简/繁 and the interface's language
 * (`LanguageControls`), persisted for the next visit.
 */
export function ReadingControls() {
  const t = useT();
  const { fontSize, theme } = useReadingSettings();
  const sizeName = t(`reading.size.${fontSize}`);
  const themeName = (choice: ThemeChoice) => t(`reading.theme.${choice}`);
  const smaller = FONT_SIZES[FONT_SIZES.indexOf(fontSize) - 1];
  const larger = FONT_SIZES[FONT_SIZES.indexOf(fontSize) + 1];
  const nextTheme: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
  return (
    <div
      className="flex flex-nowrap items-center gap-1 text-sm whitespace-nowrap"
      role="group"
      aria-label={t("reading.settings")}
    >
      <button
        type="button"
        className="control-button"
        onClick={() => smaller !== undefined && updateReadingSettings({ fontSize: smaller })}
        disabled={smaller === undefined}
        aria-label={t("reading.smaller", { size: sizeName })}
      >
        A−
      </button>
      <button
        type="button"
        className="control-button text-base"
        onClick={() => larger !== undefined && updateReadingSettings({ fontSize: larger })}
        disabled={larger === undefined}
        aria-label={t("reading.larger", { size: sizeName })}
      >
        A+
      </button>
      <button
        type="button"
        className="control-button"
        onClick={() => updateReadingSettings({ theme: nextTheme[theme] })}
        aria-label={t("reading.theme", { theme: themeName(theme), next: themeName(nextTheme[theme]) })}
        title={t("reading.themeTitle", { theme: themeName(theme) })}
      >
        <ThemeIcon theme={theme} />
      </button>
      <LanguageControls />
    </div>
  );
}

function ThemeIcon({ theme }: { theme: ThemeChoice }) {
  if (theme === "light") {
    return (
      <svg
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    );
  }
  if (theme === "dark") {
    return (
      <svg
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    );
  }
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M12 3v18a9 9 0 0 0 0-18z" fill="currentColor" />
    </svg>
  );
}
