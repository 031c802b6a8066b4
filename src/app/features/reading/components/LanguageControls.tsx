import { useT } from "@/app/lib/i18n";
import { useLanguageChoices } from "../api/language-choices";
import { updateReadingSettings, type ScriptChoice } from "../api/reading-settings";
import { usePageLanguage } from "../api/use-page-language";

const NEXT_SCRIPT: Record<ScriptChoice, ScriptChoice> = { hans: "tw", tw: "hk", hk: "hans" };
/** The script button's face: the script now shown. */
const SCRIPT_FACE: Record<ScriptChoice, string> = { hans: "简", tw: "繁", hk: "港" };

/**
 * 简/繁 (simplified, traditional as in Taiwan, as in Hong Kong) and the interface's language
 * (中文 / English), in the reading controls, persisted for the next visit; the page follows them
 * (`usePageLanguage`), and says so when it cannot.
 */
export function LanguageControls() {
  const t = useT();
  const { script, locale } = useLanguageChoices();
  const languageError = usePageLanguage();
  const scriptName = (choice: ScriptChoice) => t(`reading.script.${choice}`);
  return (
    <>
      <button
        type="button"
        className="control-button font-serif"
        onClick={() => updateReadingSettings({ script: NEXT_SCRIPT[script] })}
        aria-label={t("reading.script", { script: scriptName(script), next: scriptName(NEXT_SCRIPT[script]) })}
        title={scriptName(script)}
      >
        {SCRIPT_FACE[script]}
      </button>
      <button
        type="button"
        className="control-button"
        onClick={() => updateReadingSettings({ locale: locale === "en" ? "zh" : "en" })}
      >
        {/* The name says what the button does and holds the visible label (WCAG 2.5.3 label in name). */}
        <span className="sr-only">{t("reading.language")}</span>
        {locale === "en" ? <span lang="zh-CN">中文</span> : <span lang="en">EN</span>}
      </button>
      {languageError !== null && (
        <p role="alert" className="language-error">
          {languageError}
        </p>
      )}
    </>
  );
}
