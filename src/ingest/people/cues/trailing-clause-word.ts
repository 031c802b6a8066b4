import { CLAUSE_START } from "./boundaries";

/**
 * A name the tagger ran on over the word after it, a verb or adverb that follows a clause's subject
 * (`哲学家卡西尔曾说过`, `主办人托尼·巴伯所说`, `主教练叶鹏却认为`, `院长王德云称：`,
 * `讲师黄义接过`): of the 10,657 names of days 1–20 of the PFR month none of three characters or more
 * ends with one of these (阿称 has two), while 起, 因, 发 and 为 do end names (徐跃起, 林徽因), so
 * they are left out. The character goes, at any length of three or more, foreign names too
 * (name-edges.ts trims a wider set, but only from Chinese names of three characters). Before
 * punctuation such a character has nothing to lead into and is the name's own (`…、陆永曾、陈红`),
 * except a speech verb, which closes its clause there (`院长王德云称：`, `…、李军、赖斌说，看完`; a
 * list's item is trimmed so too). Four folds of days 1–20: scripts/people/README.md, session 32
 * fourth part.
 */
export const CLAUSE_FOLLOWERS = "说曾却所称接给";
/** Followers that end their clause before punctuation: speech verbs. */
export const SPEECH_FOLLOWERS = "说称";
/** What a follower dangles before (and is then the name's last character): clause punctuation, 、 and （. */
const DANGLING_BEFORE = CLAUSE_START + "、（";

/**
 * 作 (make, deliver) after a name that delivered a report: `主任柯某作的关于…的汇报`. The verb leads into
 * 的 and the clause names what was delivered, one of `DELIVERED` within `DELIVERED_MAX_GAP` characters
 * and no clause mark between. Names do end with 作 (of the PFR month's, one in 10,657: 愚作), never so
 * placed. Found on the dev set dev7 (issue 14).
 */
const DELIVER_VERB = "作";
const DELIVERED = [
  "报告",
  "汇报",
  "说明",
  "讲话",
  "发言",
  "演讲",
  "致辞",
  "讲座",
  "解读",
  "介绍",
  "总结",
  "部署",
  "动员",
];
/** How far after 作的 the thing delivered may be printed (`作的关于某项规划草案修改意见的汇报`). */
export const DELIVERED_MAX_GAP = 30;
const CLAUSE_MARKS = CLAUSE_START + "、";

/** Shortest name trimmed: what is left must still be a name of two characters. */
export const MIN_TRIMMED_LENGTH = 3;

/** How many characters at the end of `start`…`end` are the word after the name (0 or 1). */
export function trailingClauseWord(chars: readonly string[], start: number, end: number): number {
  if (end - start < MIN_TRIMMED_LENGTH) return 0;
  const last = chars[end - 1]!;
  if (last === DELIVER_VERB) return deliversReport(chars, end) ? 1 : 0;
  if (!CLAUSE_FOLLOWERS.includes(last)) return 0;
  return SPEECH_FOLLOWERS.includes(last) || !DANGLING_BEFORE.includes(chars[end] ?? "。") ? 1 : 0;
}

/** Whether 的 follows a 作 ending at `end` and the clause goes on to what was delivered (报告, 汇报 …). */
function deliversReport(chars: readonly string[], end: number): boolean {
  if (chars[end] !== "的") return false;
  for (let at = end + 1; at < end + 1 + DELIVERED_MAX_GAP && at + 1 < chars.length; at++) {
    if (CLAUSE_MARKS.includes(chars[at]!)) return false;
    if (DELIVERED.includes(chars[at]! + chars[at + 1]!)) return true;
  }
  return false;
}
