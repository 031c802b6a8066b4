/**
 * A "name" that the article prints inside a Party committee's name, between 中共 and the committee's
 * word (`中共湖南岳阳市委书记阳宝华`: 中共 … 岳阳 市委), is the place the committee governs, wherever
 * else it stands (`岳阳是沿江开放城市`: the tagger takes 岳阳 for a person). Without 中共 in front,
 * `林禾市委书记` may be a person and a title, so `place-context.ts` leaves 市委 alone; with it, what
 * stands before 市委 can only be a place.
 */
/** What opens a committee's name. */
export const PARTY = "中共";
/** The committee's words after its place: province, city, county, district, prefecture, township. */
export const COMMITTEE_WORDS: readonly string[] = [
  "省委",
  "市委",
  "县委",
  "区委",
  "地委",
  "州委",
  "盟委",
  "镇委",
  "乡委",
];
/**
 * Most characters between 中共 and the place's name: a province's or a city's name in front of a
 * city's or a county's (`中共湖南岳阳市委`, `中共黑龙江省哈尔滨市委`).
 */
export const MAX_PLACES_BEFORE = 6;
const HAN = /^\p{Script=Han}$/u;

/** Whether `text` prints `name` right before a committee's word inside a 中共 committee's name. */
export function namesAPartyCommittee(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + name.length, at + name.length + 2);
    if (!COMMITTEE_WORDS.includes(after)) continue;
    const before = Array.from(text.slice(Math.max(0, at - PARTY.length - MAX_PLACES_BEFORE), at));
    const party = before.join("").lastIndexOf(PARTY);
    if (party < 0) continue;
    const between = before.slice(party + PARTY.length);
    if (between.every((ch) => HAN.test(ch))) return true;
  }
  return false;
}
