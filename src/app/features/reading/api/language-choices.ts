import { useIsClient } from "@/app/lib/use-is-client";
import { browserLanguages, displayScript, interfaceLocale, type InterfaceLocale } from "./language-settings";
import { useReadingSettings, type ScriptChoice } from "./reading-settings";

/**
 * The script and interface language in force: the reader's choices, else the browser's languages.
 * The server (prerender) and the hydrating render are simplified Chinese, as published.
 */
export function useLanguageChoices(): { script: ScriptChoice; locale: InterfaceLocale } {
  const { script, locale } = useReadingSettings();
  const client = useIsClient();
  if (!client) return { script: "hans", locale: "zh" };
  return {
    script: displayScript(script, browserLanguages(navigator)),
    locale: interfaceLocale(locale, browserLanguages(navigator)),
  };
}
