import { useSyncExternalStore } from "react";
import { i18n as linguiI18n, type Messages } from "@lingui/core";
import type archiveCatalog from "@/app/locales/parts/archive/zh.json";
import type articleCatalog from "@/app/locales/parts/article/zh.json";
import type peopleCatalog from "@/app/locales/parts/people/zh.json";
import type posterCatalog from "@/app/locales/parts/poster/zh.json";
import type printedPageCatalog from "@/app/locales/parts/printed-page/zh.json";
import type readAloudCatalog from "@/app/locales/parts/read-aloud/zh.json";
import type searchCatalog from "@/app/locales/parts/search/zh.json";
import type zhCatalog from "@/app/locales/zh.json";

/**
 * The interface's words, from one catalogue (`src/app/locales/<locale>.json`, compiled at build
 * time by Lingui's Vite plugin) through Lingui's small runtime. Chinese is installed before anything
 * renders (`@/app/locales/zh`); English, and switching to it (`setLocale`), load when chosen
 * (`i18n-english.ts`). The messages only lazily loaded code
 * shows are parts of the catalogue that load with that code (`installPart`, lingui.config.ts). Article text is never translated: only the interface goes through `t`.
 *
 * Every page is prerendered in Chinese and hydrates in Chinese; the reader's choice is applied
 * after hydration (`setLocale` in `i18n-english.ts`), and every component that shows a message re-renders through
 * `useT`.
 */
export type Locale = "zh" | "en";
export type MessageId =
  | keyof typeof zhCatalog
  | keyof typeof searchCatalog
  | keyof typeof posterCatalog
  | keyof typeof readAloudCatalog
  | keyof typeof articleCatalog
  | keyof typeof printedPageCatalog
  | keyof typeof archiveCatalog
  | keyof typeof peopleCatalog;
export type MessageValues = Record<string, string | number>;

type EnglishPart = () => Promise<{ messages: Messages }>;
/** The English messages of the catalogue parts installed so far. */
const englishParts: EnglishPart[] = [];
/** Set as soon as English is asked for: a part installed from then on loads its English at once. */
let englishWanted = false;

/**
 * Installs a part of the catalogue (`src/app/locales/parts/<part>.ts`, run when the code that shows
 * it loads): its Chinese messages now, its English ones before the part's code runs when English
 * was asked for, or else when it is.
 */
export async function installPart(zh: Messages, en: EnglishPart): Promise<void> {
  linguiI18n.load("zh", zh);
  englishParts.push(en);
  if (englishWanted) linguiI18n.load("en", (await en()).messages);
}

/**
 * English is asked for (by `i18n-english.ts`, which has the rest of English, or by a page that
 * opens in English, before the parts of its first view are installed): the parts installed
 * so far, whose English it loads; the parts installed from now on load theirs themselves.
 */
export function wantEnglish(): readonly EnglishPart[] {
  englishWanted = true;
  return englishParts;
}

/**
 * Installs a locale's compiled catalogue (the Chinese one, before anything is rendered: by the
 * entries through `@/app/locales/zh`, and by Node scripts through `scripts/i18n-node.ts`).
 */
export function installCatalog(locale: Locale, messages: Messages): void {
  linguiI18n.load(locale, messages);
  if (locale === "zh" && !linguiI18n.locale) linguiI18n.activate("zh");
}

/** The message in the active locale, with its `{placeholders}` filled in. */
export function t(id: MessageId, values?: MessageValues): string {
  return linguiI18n._(id, values);
}

export function currentLocale(): Locale {
  return linguiI18n.locale === "en" ? "en" : "zh";
}

/** The BCP 47 tag for `Intl` and `lang` of the interface's language. */
export function localeTag(locale: Locale = currentLocale()): string {
  return locale === "en" ? "en" : "zh-CN";
}

function subscribe(listener: () => void): () => void {
  return linguiI18n.on("change", listener);
}

/** The active locale; the component re-renders when it changes (the server renders Chinese). */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, () => "zh");
}

/** `t`, re-rendering the component when the interface's language changes. */
export function useT(): typeof t {
  useLocale();
  return t;
}

/** Numbers in the interface's language. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(localeTag()).format(value);
}
