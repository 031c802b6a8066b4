/**
 * A "name" that the same article prints right after 国家, 全国, 世界 or 国际 (`国家卫健委`, `世界田联`)
 * is the short name of a national or world body, wherever else it stands: the tagger reads the
 * abbreviation (卫健委, 田联) alone as a surname and a given name, and the owner before it says what
 * it is. A person is not written right after these words: a title or a description stands between
 * (`国家主席习近平`, `世界冠军王军霞`), so only a name that starts right after the owner goes. A local
 * body's abbreviation ends in a body's character and follows its place's admin level
 * (`平安新区卫健委`); a person after a place (`朝阳区李明`) hardly ends in one.
 * Known names and credits are exempt (not-persons.ts). Audit of 150 unselected rmrb-web articles
 * (scripts/people/README.md, session 32 second part) 卫健委 and 田联; dev set 2: 卫健委 after a new district.
 */
export const NATIONAL_OWNERS: readonly string[] = ["国家", "全国", "世界", "国际"];
/** Characters that end a body's abbreviation: commission, office, bureau, department (卫健委, 网信办). */
export const BODY_END_CHARS = "委办局厅";
/** A place's admin level, the owner of a local body (平安新区|卫健委, 平安省|卫健委). */
export const ADMIN_LEVEL_CHARS = "省市县区州旗";

/** Whether `text` prints `name` right after a national or world owner somewhere. */
export function namesANationalBody(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at);
    if (NATIONAL_OWNERS.includes(before)) return true;
    if (BODY_END_CHARS.includes(name.at(-1)!) && ADMIN_LEVEL_CHARS.includes(text[at - 1] ?? "")) return true;
  }
  return false;
}
