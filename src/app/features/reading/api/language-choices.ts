import { useClientValue } from "@/app/lib/use-is-client";
import { browserLanguages, displayScript, interfaceLocale, type InterfaceLocale } from "./language-settings";
import { readingSettings, useReadingSettings, type ReadingSettings, type ScriptChoice } from "./reading-settings";

/** The script and interface language in force in the browser for these settings. */
export function clientLanguageChoices(settings: Pick<ReadingSettings, "script" | "locale"> = readingSettings()): {
  script: ScriptChoice;
  locale: InterfaceLocale;
} {
  const languages = browserLanguages(navigator);
  return { script: displayScript(settings.script, languages), locale: interfaceLocale(settings.locale, languages) };
}

/**
 * The script and interface language in force: the reader's choices, else the browser's languages.
 * The server (prerender) and the hydrating render are simplified Chinese, as published; a reader
 * whose choices are those too (most) is not rendered again after hydration.
 */
export function useLanguageChoices(): { script: ScriptChoice; locale: InterfaceLocale } {
  const settings = useReadingSettings();
  const script = useClientValue(() => clientLanguageChoices(settings).script, "hans");
  const locale = useClientValue(() => clientLanguageChoices(settings).locale, "zh");
  return { script, locale };
}
