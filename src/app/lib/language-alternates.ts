/**
 * The page in the reader's other languages (`hreflang`): the published simplified text (also the
 * default), the same page in traditional characters (`?script=hant`) and with the English
 * interface (`?lang=en`; the article text stays Chinese). The prerendered file is the Chinese one;
 * the app applies the parameter. `head.ts` links them.
 */
export const LANGUAGE_ALTERNATES: readonly (readonly [hreflang: string, query: string])[] = [
  ["zh-Hans", ""],
  ["zh-Hant", "?script=hant"],
  ["en", "?lang=en"],
  ["x-default", ""],
];

/** Each alternate's `hreflang` and address, for the page at `url`. */
export function languageAlternates(url: string): (readonly [hreflang: string, href: string])[] {
  return LANGUAGE_ALTERNATES.map(([hreflang, query]) => [hreflang, `${url}${query}`] as const);
}
