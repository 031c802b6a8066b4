import { useSyncExternalStore } from "react";
import { i18n as linguiI18n, type Messages } from "@lingui/core";
import type zhCatalog from "@/app/locales/zh.json";

/**
 * The interface's words, from one catalogue (`src/app/locales/<locale>.json`, compiled at build
 * time by Lingui's Vite plugin) through Lingui's small runtime. Chinese is installed before anything
 * renders (`@/app/locales/zh`); English loads when chosen. Article text is never translated: only the interface goes through `t`.
 *
 * Every page is prerendered in Chinese and hydrates in Chinese; the reader's choice is applied
 * after hydration (`setLocale`), and every component that shows a message re-renders through
 * `useT`.
 */
export type Locale = "zh" | "en";
export type MessageId = keyof typeof zhCatalog;
export type MessageValues = Record<string, string | number>;

const loaded = new Set<Locale>();

/**
 * Installs a locale's compiled catalogue (the Chinese one, before anything is rendered: by the
 * entries through `@/app/locales/zh`, and by Node scripts through `scripts/i18n-node.ts`).
 */
export function installCatalog(locale: Locale, messages: Messages): void {
  linguiI18n.load(locale, messages);
  loaded.add(locale);
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

/** Switches the interface; the English catalogue is fetched the first time it is needed. */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale === currentLocale()) return;
  if (!loaded.has(locale)) {
    const { messages } = await import("@/app/locales/en.json?lingui");
    linguiI18n.load("en", messages);
    loaded.add("en");
  }
  linguiI18n.activate(locale);
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
