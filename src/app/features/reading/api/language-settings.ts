/**
 * The interface's language and the script of the text as the reader's settings decide them (issue
 * 15's part of `stored-settings.ts`, shared like it by the app and the pre-paint script
 * `reading-init.ts`): the browser's languages, a link's `?lang=`, the page kept hidden until it is in
 * English. Imports only the dependency-free `script-choice.ts`.
 */
import { SCRIPT_PARAM, scriptFromParam, scriptOfLanguages, type ScriptChoice } from "../../../lib/script-choice";

/** The interface's language (article text is never translated). */
export type InterfaceLocale = "zh" | "en";

export const LOCALES: readonly InterfaceLocale[] = ["zh", "en"];

/** The browser's languages, most wanted first. */
export function browserLanguages(nav: Pick<Navigator, "languages" | "language">): readonly string[] {
  return nav.languages.length > 0 ? nav.languages : [nav.language];
}

/** The interface's language: the reader's choice, else the first of the browser's that we have, else Chinese. */
export function interfaceLocale(chosen: InterfaceLocale | null, languages: readonly string[]): InterfaceLocale {
  if (chosen !== null) return chosen;
  for (const tag of languages) {
    if (/^zh\b/iu.test(tag)) return "zh";
    if (/^en\b/iu.test(tag)) return "en";
  }
  return "zh";
}

/** `?lang=en` (or `zh`): a link to the page with that interface language (the `hreflang` alternates). */
export const LANG_PARAM = "lang";

/** The interface language the reader chose: a link's `?lang=`, else the stored choice (null: none). */
export function chosenLocale(search: string, stored: InterfaceLocale | null): InterfaceLocale | null {
  const lang = new URLSearchParams(search).get(LANG_PARAM);
  return lang === "en" || lang === "zh" ? lang : stored;
}

/**
 * `data-locale-pending` on `<html>` from before the first paint until the app has put the interface
 * into English: every page is prerendered (and hydrates) in Chinese, and the CSS keeps the app's
 * content hidden meanwhile, so nothing on screen moves as its words change (no layout shift).
 */
export function markLocalePending(root: HTMLElement, locale: InterfaceLocale): void {
  if (locale === "en") root.dataset.localePending = "";
}

export function isLocalePending(root: HTMLElement): boolean {
  return root.dataset.localePending !== undefined;
}

export function clearLocalePending(root: HTMLElement): void {
  delete root.dataset.localePending;
}

/**
 * The script and interface language the reader chose: a link's `?script=` and `?lang=`, else the
 * stored choices (null: none). A link's choice is taken, and remembered, when the app starts.
 */
export function linkedChoices(
  search: string,
  stored: { script: ScriptChoice | null; locale: InterfaceLocale | null },
): { script: ScriptChoice | null; locale: InterfaceLocale | null } {
  const script = scriptFromParam(new URLSearchParams(search).get(SCRIPT_PARAM)) ?? stored.script;
  return { script, locale: chosenLocale(search, stored.locale) };
}

/** The script to show: the reader's choice, else what the browser's Chinese asks for (zh-TW, zh-HK…). */
export function displayScript(chosen: ScriptChoice | null, languages: readonly string[]): ScriptChoice {
  return chosen ?? scriptOfLanguages(languages);
}
