import { i18n as linguiI18n } from "@lingui/core";
import { messages } from "@/app/locales/en.json?lingui";
import { currentLocale, wantEnglish, type Locale } from "./i18n";

/**
 * The interface in English, and switching languages: loaded (with the English catalogue's first-view
 * file) when the reader's language is English, or the page opens in English (`use-page-language.ts`
 * then fetches it beside the app's code); the first view of a Chinese page carries none of it.
 */
const englishParts = wantEnglish();
let loaded = false;

/** Switches the interface; the English messages of the catalogue's parts installed so far load the first time. */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale === currentLocale()) return;
  if (locale === "en" && !loaded) {
    const parts = await Promise.all(englishParts.map((part) => part()));
    linguiI18n.load("en", messages);
    for (const part of parts) linguiI18n.load("en", part.messages);
    loaded = true;
  }
  linguiI18n.activate(locale);
}
