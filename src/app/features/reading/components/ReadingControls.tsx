import {
  FONT_SIZE_NAMES,
  FONT_SIZES,
  THEME_NAMES,
  updateReadingSettings,
  useReadingSettings,
  type ThemeChoice,
} from "../api/reading-settings";

/** Font size (A− / A+) and theme (system / light / dark), persisted for the next visit. */
export function ReadingControls() {
  const { fontSize, theme } = useReadingSettings();
  const smaller = FONT_SIZES[FONT_SIZES.indexOf(fontSize) - 1];
  const larger = FONT_SIZES[FONT_SIZES.indexOf(fontSize) + 1];
  const nextTheme: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
  return (
    <div className="flex flex-nowrap items-center gap-1 text-sm whitespace-nowrap" role="group" aria-label="阅读设置">
      <button
        type="button"
        className="control-button"
        onClick={() => smaller !== undefined && updateReadingSettings({ fontSize: smaller })}
        disabled={smaller === undefined}
        aria-label={`A− 缩小字号（当前：${FONT_SIZE_NAMES[fontSize]}）`}
      >
        A−
      </button>
      <button
        type="button"
        className="control-button text-base"
        onClick={() => larger !== undefined && updateReadingSettings({ fontSize: larger })}
        disabled={larger === undefined}
        aria-label={`A+ 放大字号（当前：${FONT_SIZE_NAMES[fontSize]}）`}
      >
        A+
      </button>
      <button
        type="button"
        className="control-button"
        onClick={() => updateReadingSettings({ theme: nextTheme[theme] })}
        aria-label={`外观：${THEME_NAMES[theme]}（点按切换为${THEME_NAMES[nextTheme[theme]]}）`}
        title={`外观：${THEME_NAMES[theme]}`}
      >
        <ThemeIcon theme={theme} />
      </button>
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
