import { createRequire } from "node:module";

/**
 * China's administrative divisions down to the county (GB/T 2260, from the `china-area-data`
 * package: province → prefecture → county, with their codes), as a map from a place's name to the
 * provinces it lies in. A county name can repeat across provinces (朝阳区 in 北京, 朝阳县 in 辽宁's
 * 朝阳市), so a name maps to a set. Names are listed as printed (湖北省, 武汉市, 茂南区) and, for
 * provinces and prefectures, also without their level (湖北, 武汉): a title writes 湖北代表团 as
 * often as 湖北省委. County names are not shortened: 朝阳 or 平安 alone is as often a word.
 */
type AreaData = Record<string, Record<string, string>>;

/** Level words taken off a province's or prefecture's name for its short form (longest first). */
const LEVEL_ENDINGS = [
  "壮族自治区",
  "回族自治区",
  "维吾尔自治区",
  "特别行政区",
  "自治区",
  "自治州",
  "地区",
  "省",
  "市",
  "盟",
];
/** A short form must keep two characters (内蒙古, 湖北; not 吉 of 吉林省… nor 北 of 北京市). */
const MIN_SHORT_NAME_LENGTH = 2;
/** The code of China (its provinces' parent) in the data. */
const CHINA = "86";

export interface Gazetteer {
  /** The provinces (their two-digit code prefix) each known place name lies in. */
  places: Map<string, ReadonlySet<string>>;
  /** A province's name by its code prefix (42 → 湖北省). */
  provinces: Map<string, string>;
}

let loaded: Gazetteer | undefined;

function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer(createRequire(import.meta.url)("china-area-data/data.json") as AreaData);
  return loaded;
}

/** The provinces (their two-digit code prefix) a place name lies in, or undefined if it is not a known place. */
export function provincesOf(name: string): ReadonlySet<string> | undefined {
  return gazetteer().places.get(name);
}

/** The longest known place that `text` starts with (at most `maxLength` characters), or null. */
export function leadingPlace(text: string, maxLength: number): string | null {
  for (let length = Math.min(maxLength, text.length); length >= MIN_SHORT_NAME_LENGTH; length--) {
    const candidate = text.slice(0, length);
    if (provincesOf(candidate) !== undefined) return candidate;
  }
  return null;
}

/** The province's display name for a province code prefix (42 → 湖北省). */
export function provinceName(prefix: string): string {
  return gazetteer().provinces.get(prefix) ?? prefix;
}

export function buildGazetteer(data: AreaData): Gazetteer {
  const map = new Map<string, Set<string>>();
  const provinceNames = new Map<string, string>();
  const add = (name: string, province: string) => {
    const set = map.get(name) ?? new Set<string>();
    set.add(province);
    map.set(name, set);
  };
  const addWithShort = (name: string, province: string) => {
    add(name, province);
    const ending = LEVEL_ENDINGS.find((e) => name.endsWith(e));
    if (ending !== undefined && name.length - ending.length >= MIN_SHORT_NAME_LENGTH)
      add(name.slice(0, -ending.length), province);
  };
  for (const [code, name] of Object.entries(data[CHINA] ?? {})) {
    const province = code.slice(0, 2);
    provinceNames.set(province, name);
    addWithShort(name, province);
    for (const [cityCode, city] of Object.entries(data[code] ?? {})) {
      // Municipalities list 市辖区 / 县 as their "cities": not names.
      if (!/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u.test(city)) addWithShort(city, province);
      for (const county of Object.values(data[cityCode] ?? {})) if (county !== "市辖区") add(county, province);
    }
  }
  return { places: map, provinces: provinceNames };
}
