import { createRequire } from "node:module";

/**
 * The world's countries by their Chinese names (ISO 3166-1, from `i18n-iso-countries`'s Chinese
 * locale: 美国, 以色列, 孟加拉国), for a title that names a country (美国总统, 以色列国防部长). China
 * itself and its regions are left out: China's places are the gazetteer's (`china-places.ts`),
 * and 中国 before a title names the whole country (a national post, anchored nowhere).
 */
type CountryNames = Record<string, string | string[]>;
/** Codes whose Chinese names are China or one of its parts. */
const CHINA_CODES = new Set(["CN", "TW", "HK", "MO"]);
/** A country's name must keep two characters (a single 美 or 日 is as often a word). */
const MIN_COUNTRY_LENGTH = 2;
/**
 * The locale gives one short name a country; newspapers also print the long one. Without it the
 * short name of another country would match its start (印度|尼西亚).
 */
const LONG_NAMES: Readonly<Record<string, string>> = {
  印度尼西亚: "ID",
  俄罗斯联邦: "RU",
  沙特: "SA",
  大韩民国: "KR",
  阿拉伯联合酋长国: "AE",
  马其顿: "MK",
  刚果民主共和国: "CD",
  刚果共和国: "CG",
  中非共和国: "CF",
  南非共和国: "ZA",
};

let names: ReadonlyMap<string, string> | undefined;
let longest = 0;

function countryNames(): ReadonlyMap<string, string> {
  if (names === undefined) {
    const locale = createRequire(import.meta.url)("i18n-iso-countries/langs/zh.json") as { countries: CountryNames };
    names = countriesOf({
      ...locale.countries,
      ...Object.fromEntries(Object.entries(LONG_NAMES).map(([n, c]) => [`${c}+${n}`, n])),
    });
    longest = Math.max(...[...names.keys()].map((n) => n.length));
  }
  return names;
}

/** Country names → ISO codes (a key `XX+…` is another name of XX). */
export function countriesOf(countries: CountryNames): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(countries)) {
    const code = key.slice(0, 2);
    if (CHINA_CODES.has(code)) continue;
    for (const name of Array.isArray(value) ? value : [value])
      if (name.length >= MIN_COUNTRY_LENGTH) map.set(name, code);
  }
  return map;
}

/** The longest country name `text` starts with, and its ISO code, or null. */
export function leadingCountry(text: string): { name: string; code: string } | null {
  const known = countryNames();
  for (let length = Math.min(longest, text.length); length >= MIN_COUNTRY_LENGTH; length--) {
    const name = text.slice(0, length);
    const code = known.get(name);
    if (code !== undefined) return { name, code };
  }
  return null;
}
