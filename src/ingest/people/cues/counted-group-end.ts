/**
 * A group of people closed after a name by 等 and a head count (`某某某等７名专家`, `某某某等三位`,
 * `某某某等１２人`) or by 等 and a players' word (`某某某等中国选手`, `某某某等泳坛名将`): what comes
 * before 等 is a person. It vouches for a name the tagger found right before it (support.ts), as the
 * group words of people-group-end.ts do for `等人`, `等同志`. Things listed before 等 are counted by
 * other measure words (等３家, 等５个, 等十种) or closed by other nouns (等地, 等树种). On the four
 * folds of dev (scripts/people/README.md, session 42, `pfr41`): 2 true names the support check
 * dropped stand so, no false one.
 */
/** The word that opens the group after the name. */
export const GROUP_OPENER = "等";
/** Digits and numerals of a head count (full-width and ASCII digits, Chinese numerals, 余/多 after them). */
const COUNT_CHARS = /^[0-9０-９一二两三四五六七八九十百千余多]$/u;
/** Measure words that count people. */
export const PERSON_MEASURES = "名位人";
/** The longest head count read (`１２８`, `二十余`). */
export const MAX_COUNT_CHARS = 4;
/** Words for players or performers that close a group (`等中国选手`). */
export const PLAYER_WORDS: readonly string[] = ["选手", "运动员", "队员", "球员", "棋手", "名将"];
/** The longest modifier read between 等 and the players' word (`中国`, `泳坛`, `国家队`). */
export const MAX_PLAYER_MODIFIER = 3;

/** Whether 等 and a head count of people, or 等 and a players' word, start at `at`, where a name ends. */
export function countedGroupEndAt(chars: readonly string[], at: number): boolean {
  if (chars[at] !== GROUP_OPENER) return false;
  let end = at + 1;
  while (end < chars.length && end - at - 1 < MAX_COUNT_CHARS && COUNT_CHARS.test(chars[end]!)) end++;
  if (end > at + 1 && PERSON_MEASURES.includes(chars[end] ?? "-")) return true;
  const rest = chars.slice(at + 1, at + 1 + MAX_PLAYER_MODIFIER + 3).join("");
  return PLAYER_WORDS.some((w) => {
    const k = rest.indexOf(w);
    return k >= 0 && k <= MAX_PLAYER_MODIFIER && /^\p{Script=Han}*$/u.test(rest.slice(0, k));
  });
}
