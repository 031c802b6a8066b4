import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * A "name" that the same article prints right before an organisation's word (`齐齐哈尔队`, `丰田公司`,
 * `林东矿务局`, `康奈尔医疗中心`, `欧安组织`) is that organisation's own name, wherever else it stands:
 * the tagger takes it alone for a person (`有路就有丰田车`), the article's other uses say what it is
 * (as place-context.ts does for 村, 镇 and 市). A post after the word is a person's (`王大林队长`,
 * `林禾局长`), so the word must not start one. Known names are exempt (not-persons.ts): the month's
 * people are also the names of firms and schools (李宁公司 beside 李宁). Days 16–20 (model of days
 * 1–15): F1 0.9578 → 0.9589 (FP 63 → 58, TP unchanged); days 1–20 (shipped model) and 169 unannotated
 * rmrb-web articles: no name lost.
 */
/**
 * Words that end an organisation's name: a team, a firm, a body, a hospital, a mine. Not 组织 nor
 * 大学, which follow a name as a verb or in a clause as often (`张某组织成立`, `黄某大学毕业后`, seen
 * on unannotated rmrb-web text).
 */
export const ORGANISATION_WORDS: readonly string[] = [
  "队",
  "公司",
  "集团",
  "中心",
  "协会",
  "医院",
  "矿务局",
  "银行",
  "酒店",
  "饭店",
  "宾馆",
  "基金会",
  "研究所",
];
/**
 * Words that end a school's name after a transliterated name only (`帕多瓦大学`, `斯坦福大学`): a
 * Chinese name runs on into 大学 in a clause (`黄某大学毕业后`), a foreign name spelt in the
 * transliteration table hardly ever.
 */
export const TRANSLITERATED_ORGANISATION_WORDS: readonly string[] = ["大学", "学院"];
const isTransliterated = (name: string) => Array.from(name).every((c) => TRANSLITERATION_CPS.has(c.codePointAt(0)!));

/** After 队, what makes a post or a word instead of a team: 队长, 队员, 队友, 队伍, 队列. */
const NOT_TEAM_AFTER = "长员友伍列";

/** Whether `text` prints `name` right before an organisation's word somewhere. */
export function namesAnOrganisation(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const rest = text.slice(at + name.length, at + name.length + 3);
    const words = isTransliterated(name)
      ? [...ORGANISATION_WORDS, ...TRANSLITERATED_ORGANISATION_WORDS]
      : ORGANISATION_WORDS;
    const word = words.find((w) => rest.startsWith(w));
    if (word === undefined) continue;
    if (word === "队" && NOT_TEAM_AFTER.includes(rest[1] ?? "")) continue;
    return true;
  }
  return false;
}
