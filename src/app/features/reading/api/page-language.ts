import { currentLocale, type Locale } from "@/app/lib/i18n";
import { SCRIPT_DATA_KEY, scriptLang, type ScriptChoice } from "./reading-settings";

/**
 * Applies the reader's language choices to the page after hydration (the prerendered page and
 * the hydrating render are always Chinese and simplified): the interface's catalogue, the
 * characters of every text (the converter and its tables load only when traditional is chosen),
 * and `lang`: on `<html>` the interface's language, and on the article text and other content
 * (`[data-content]`) its script when the interface is English.
 */
const CONTENT = "[data-content]";

let contentObserver: MutationObserver | null = null;
let converterLoaded = false;

export async function applyPageLanguage(locale: Locale, script: ScriptChoice, isCurrent: () => boolean): Promise<void> {
  const root = document.documentElement;
  const [, converter] = await Promise.all([
    // English (and switching back from it) loads only when asked for: not for 繁 alone.
    locale === currentLocale() ? null : import("@/app/lib/i18n-english").then(({ setLocale }) => setLocale(locale)),
    script !== "hans" || converterLoaded ? import("./page-converter") : null,
  ]);
  if (!isCurrent()) return;
  if (converter !== null) {
    converterLoaded = true;
    if (script === "hans") converter.restorePage(root);
    else converter.convertPage(script, root);
  }
  if (script === "hans") root.removeAttribute(`data-${SCRIPT_DATA_KEY}`);
  else root.dataset[SCRIPT_DATA_KEY] = script;
  const textLang = scriptLang(script);
  root.lang = locale === "en" ? "en" : textLang;
  markContent(root, locale === "en" ? textLang : null);
  contentObserver?.disconnect();
  contentObserver = null;
  if (locale === "en") {
    // Content rendered later (a navigation, more results) is marked as it appears.
    contentObserver = new MutationObserver(() => markContent(root, textLang));
    contentObserver.observe(root, { subtree: true, childList: true });
  }
}

function markContent(root: HTMLElement, lang: string | null): void {
  for (const element of root.querySelectorAll<HTMLElement>(CONTENT)) {
    if (lang === null) element.removeAttribute("lang");
    else if (element.lang !== lang) element.lang = lang;
  }
}
