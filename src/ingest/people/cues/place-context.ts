/**
 * A "name" that the same article prints right before a village's, a town's or a lake's word
 * (`德胜村`, `葛兰镇`, `梅溪湖`, `黄龙小区`) is that place's name, wherever else it stands: the
 * tagger takes 德胜 alone for a person (`德胜人都知道`), the article's other uses say what it is.
 * A title after the place word is a person's (`林禾村长`, `林禾县委书记`), so the place word must
 * not start one.
 */
/**
 * Characters that end a place's name: village, town, township, county, lake, river, gorge, city (市:
 * `瑞丽市公安局`, `承德市大石庙镇` say what 瑞丽 and 承德 in a headline are). With 市, days 16–20
 * (model of days 1–15): F1 0.9546 → 0.9550 (FP 67 → 65, TP unchanged); days 1–20 (shipped model)
 * lose no name.
 */
export const PLACE_END_CHARS = "村镇乡县湖河峡市";
/**
 * Words that end a place's name: a housing estate, a community, a street, a desert, a new town, an
 * archaeological site and a park (`奇台甲城子遗址`, `甲郎樟公园`: rmrb-web dev10 石城子, 沈郎樟; a
 * park named after a person, 鲁迅公园, keeps the name the model knows).
 */
export const PLACE_END_WORDS: readonly string[] = ["小区", "社区", "街道", "沙漠", "新城", "新区", "遗址", "公园"];
/** After a place character, what starts a title instead (村长, 县委, 镇党委, 村支书, 村主任, 村干部). */
const TITLE_AFTER_PLACE_CHAR = "长委党支主干";
/**
 * After a place character, what makes a word instead of a place, so that a name before it is not a
 * place's: after 市, 市场, 市民, 市面, 市值, 市价, 市井, 市容, 市区; after 镇, the verbs and adjectives
 * 镇定, 镇静, 镇压, 镇守, 镇住 (`林禾镇定自若`: held-out audit 5 lost a person named 40 times in an
 * article to one such mention).
 */
const WORD_AFTER_PLACE_CHAR: Readonly<Record<string, string>> = {
  市: "场民面值价井容区",
  镇: "定静压守住",
};

/** Whether `text` prints `name` right before a place's word somewhere. */
export function namesAPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const rest = text.slice(at + name.length, at + name.length + 2);
    if (PLACE_END_WORDS.some((w) => rest.startsWith(w))) return true;
    if (rest[1] !== undefined && WORD_AFTER_PLACE_CHAR[rest[0] ?? ""]?.includes(rest[1])) continue;
    if (PLACE_END_CHARS.includes(rest[0] ?? "") && !TITLE_AFTER_PLACE_CHAR.includes(rest[1] ?? "")) return true;
  }
  return false;
}
