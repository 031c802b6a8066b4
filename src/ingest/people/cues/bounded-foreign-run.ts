import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { MAX_FOREIGN_NAME_LENGTH, MIN_FOREIGN_NAME_LENGTH, type ForeignCandidate } from "./foreign-name";
import { speechVerbAt } from "./speech-verb-cue";
import { titleAfter, titleHeadEndingAt } from "./title-phrase";

/**
 * A transliteration run closed on both sides (`国务秘书某某里就…`, `特使某某卡哈时`): a title's head
 * right before it (not a list's 、: `、马拉松等` and `、埃博拉等` on the fresh pool), and after it punctuation, a speech verb, a title
 * written after a name, a date's figure, or a character opening the predicate. `foreign-name.ts`
 * asks a whole title with its owner before the run (`titleEndingAt`), which a long owner
 * (a ministry's name before 国务秘书) or a glued one (`巴特使`) defeats; here the run's closed right side stands
 * in for the owner. Every character of the run is in the transliteration table, and it has 3+ of them.
 */
/** Marks after the run that close it: the end of a clause or of a list item. */
const CLOSING_MARKS = new Set(["，", "。", "、", "；", "：", "！", "？", "（", "”"]);
/**
 * Characters after the run that open the predicate or join the next item and are no transliteration
 * syllable (the run is maximal, so the next character is outside the table anyway): 对 就 在 向 与
 * 和 同 将 已 也 于 时 等 曾 (`主席某某对此表示`, `国务秘书某某就…换文`, `会见某某时`).
 */
const PREDICATE_OPENERS = new Set(Array.from("对就在向与和同将已也于时等曾"));
/** A date or figure after the run (`参谋长某某５日表示`). */
const FIGURE = /^[0-9０-９]$/;
/**
 * Envoys' and ministers' posts abroad that the title lists lack (they feed the tagger's features, so
 * they are not grown here): a foreign name follows them as often as it follows 总统.
 */
const FOREIGN_POSTS = ["国务秘书", "特使", "国务卿", "大臣", "参赞", "领事"];
const POST_LAST_CHARS = new Set(FOREIGN_POSTS.map((p) => p[p.length - 1]!));
const NAME_DOT = "·";

const inRun = (ch: string | undefined) =>
  ch !== undefined && (ch === NAME_DOT || TRANSLITERATION_CPS.has(ch.codePointAt(0)!));

/** Whether the text right after a run ending at `end` closes it. */
function closedAfter(chars: readonly string[], end: number): boolean {
  const next = chars[end];
  if (next === undefined) return false;
  return (
    CLOSING_MARKS.has(next) ||
    PREDICATE_OPENERS.has(next) ||
    FIGURE.test(next) ||
    speechVerbAt(chars, end) !== null ||
    titleAfter(chars, end) !== null
  );
}

/** Whether one of `FOREIGN_POSTS` ends right at `end`. */
function postEndingAt(chars: readonly string[], end: number): boolean {
  if (!POST_LAST_CHARS.has(chars[end - 1] ?? "")) return false;
  return FOREIGN_POSTS.some((p) => p.length <= end && chars.slice(end - p.length, end).join("") === p);
}

/** Every maximal transliteration run closed on both sides, not a known place. */
export function boundedForeignRuns(chars: readonly string[], places: ReadonlySet<string>): ForeignCandidate[] {
  const out: ForeignCandidate[] = [];
  for (let start = 1; start < chars.length; start++) {
    if (!inRun(chars[start]) || inRun(chars[start - 1])) continue;
    let end = start;
    while (inRun(chars[end])) end++;
    const length = end - start;
    if (length < MIN_FOREIGN_NAME_LENGTH || length > MAX_FOREIGN_NAME_LENGTH) continue;
    if (chars[start] === NAME_DOT || chars[end - 1] === NAME_DOT) continue;
    if (!closedAfter(chars, end)) continue;
    if (titleHeadEndingAt(chars, start) === null && !postEndingAt(chars, start)) continue;
    if (!places.has(chars.slice(start, end).join(""))) out.push({ start, end });
  }
  return out;
}
