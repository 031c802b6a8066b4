import { i18n } from "@lingui/core";
import { useSyncExternalStore } from "react";
import { messages as zhMessages } from "@/app/locales/zh.json?lingui";
import type zhCatalog from "@/app/locales/zh.json";

/**
 * The interface's words, from one catalogue (`src/app/locales/<locale>.json`, compiled at build
 * time by Lingui's Vite plugin) through Lingui's small runtime. Chinese is built in; English loads
 * when chosen. Article text is never translated: only the interface goes through `t`.
 *
 * Every page is prerendered in Chinese and hydrates in Chinese; the reader's choice is applied
 * after hydration (`setLocale`), and every component that shows a message re-renders through
 * `useT`.
 */
export type Locale = "zh" | "en";
export type MessageId = keyof typeof zhCatalog;
export type MessageValues = Record<string, string | number>;

i18n.load("zh", zhMessages);
i18n.activate("zh");

/** The message in the active locale, with its `{placeholders}` filled in. */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
}

export function currentLocale(): Locale {
  return i18n.locale === "en" ? "en" : "zh";
}

/** The BCP 47 tag for `Intl` and `lang` of the interface's language. */
export function localeTag(locale: Locale = currentLocale()): string {
  return locale === "en" ? "en" : "zh-CN";
}

/** Switches the interface; the English catalogue is fetched the first time it is needed. */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale === currentLocale()) return;
  if (!loaded.has(locale)) {
    const { messages } = await import("@/app/locales/en.json?lingui");
    i18n.load("en", messages);
    loaded.add("en");
  }
  i18n.activate(locale);
}
const loaded = new Set<Locale>(["zh"]);

function subscribe(listener: () => void): () => void {
  return i18n.on("change", listener);
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
