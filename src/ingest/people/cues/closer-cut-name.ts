import { canBeInName } from "./boundaries";
import { charsAt } from "./chars-at";
import { deputyTitleAfter } from "./deputy-after-name";
import { isChineseNameShaped } from "./name-shape";
import { NAME_FOLLOWING_ADVERBS } from "./soldier-descriptors";
import { speechVerbAt } from "./speech-verb-cue";
import { titleAfter } from "./title-phrase";
import { NAME_FOLLOWERS } from "./word-across-name-end";
import type { Mention, SpanProbabilities, TaggedText } from "../mentions";

/**
 * A name cut one character before what closes it (`主任柯占|领说`, `主委柯远|山委员说`): the tagger
 * reads a surname and one character where the given name's second character starts a word with
 * what follows (占领) or the three characters are unusual, leaving one character that belongs to
 * nothing before a verb of saying or a deputy's title (deputy-after-name.ts). The character left
 * over is the name's: a two-character name here is closed by nothing, the three-character one is.
 * Not where the character is one that follows names (等 和 也 还 …: `王刚也说`), where it makes a
 * word with the next one (`王刚解说`: 解说 is the verb), or where the tagger finds the whole name
 * unlikely. audit 9: two names (the whole 0.14 against the cut 0.52; 0.48 against 0.52).
 * Session 41: a title written after the name (`公司徐鹏|航总经理在`), the work the name owns
 * (`、陈忠|实的《…》`), a day word (`郭东|坡今天`), a count of the people named (`秦秋|谷两位`) or a
 * place (`演员黄精|一宁夏…`, awardees run together) closes it too; the tagger, which knows the
 * two-character names far better, gives those whole names 0.01–0.2, so they need only not be ruled
 * out (TITLE_CLOSER_MIN_PROBABILITY). PFR four folds: 6540 202 408 → 6546 197 402.
 */

/** The least first-reading probability of the whole name: under it the tagger rules the name out. */
export const CLOSER_CUT_MIN_PROBABILITY = 0.1;
/** The cut name's length (a surname and one character) and the whole one's. */
export const CUT_LENGTH = 2;
/**
 * The least first-reading probability of the whole name before any closer but a verb of saying (a
 * title, 的《, a day word, a count, a place). PFR folds: the whole names read 0.013 (徐鹏航总经理),
 * 0.012 (郭东坡今天) and 0.032 (陈忠实的《).
 */
export const TITLE_CLOSER_MIN_PROBABILITY = 0.01;
/**
 * Characters that open a title written after a name (王刚副|总经理, 王刚代|总经理, 王刚原|主任): before a
 * title they are the title's, not the name's last character.
 */
export const TITLE_PREFIX_CHARS = "副代常总原前现";
/** A work's owner: the name, 的, and the work's title (work-owner.ts). */
export const OWNER_MARK = "的《";

/**
 * Day words that open what the person did (`主任郭东|坡今天通过…`): like a title after the name, a
 * noun does not stand before them in the slot, so they close a name as a title does.
 */
export const DAY_WORDS: readonly string[] = ["今天", "昨天", "日前", "近日", "前天", "明天"];
/** A count of the people just named (`沈文英、秦秋|谷两位大姊`): it closes the list's last name. */
export const COUNT_WORDS: readonly string[] = ["两位", "二位", "三位", "两人", "二人", "三人"];
/** The length of a place read after a name (`演员黄精|一宁夏…`, a list of awardees run together). */
export const PLACE_LENGTH = 2;
/** Verbs of going that stand between a name and a place (王刚赴|北京): never a name's last character there. */
export const GOING_CHARS = "赴去回离抵来往返飞至进";
/** Characters that make a household or a group of the name before them (王刚家今天, 王刚们): never its last one. */
export const GROUP_CHARS = "家们俩";

/**
 * What closes a name at `at`: a verb of saying or a deputy's title ("speech"), a title, 的《, a day
 * word or a count ("title"), a place ("place"), or null.
 */
export function closerKindAt(
  chars: readonly string[],
  at: number,
  isPlace: (w: string) => boolean = () => false,
): "speech" | "title" | "place" | null {
  if (speechVerbAt(chars, at) !== null || deputyTitleAfter(chars, at) !== null) return "speech";
  if (titleAfter(chars, at) !== null || charsAt(chars, at, Array.from(OWNER_MARK))) return "title";
  if ([...DAY_WORDS, ...COUNT_WORDS].some((w) => charsAt(chars, at, Array.from(w)))) return "title";
  if (isPlace(chars.slice(at, at + PLACE_LENGTH).join(""))) return "place";
  return null;
}

/**
 * The end of the whole name for a cut one at [start, end), or null: the mention is a surname and one
 * character closed by nothing, the next character can end a name, is closed by a closer
 * (closerKindAt) and makes no word with what follows it; before any closer but a verb of saying it
 * is no title's first character (副), no household's (家), and before a place no verb of going (赴).
 */
export function closerCutEnd(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
  isPlace: (w: string) => boolean = () => false,
): number | null {
  if (end - start !== CUT_LENGTH) return null;
  const next = chars[end];
  if (next === undefined || !canBeInName(next)) return null;
  if (NAME_FOLLOWERS.includes(next) || NAME_FOLLOWING_ADVERBS.includes(next)) return null;
  if (!isChineseNameShaped(chars.slice(start, end + 1))) return null;
  const closer = closerKindAt(chars, end + 1, isPlace);
  if (closerKindAt(chars, end, isPlace) !== null || closer === null) return null;
  if (closer !== "speech" && (TITLE_PREFIX_CHARS.includes(next) || GROUP_CHARS.includes(next))) return null;
  if (closer === "place" && GOING_CHARS.includes(next)) return null;
  if (isWord(`${next}${chars[end + 1] ?? ""}`)) return null;
  return end + 1;
}

/**
 * Stretches each such cut name of the tagger or a name cue to the character the closer vouches for,
 * if `scorer` (the first reading, before the article's own names voted) does not rule it out.
 */
export function extendNamesCutBeforeClosers(
  tagged: TaggedText,
  scorer: SpanProbabilities,
  isWord: (w: string) => boolean,
  isPlace: (w: string) => boolean = () => false,
): void {
  const stretchable = (m: Mention) => m.source === "tagger" || m.source === "title";
  for (const m of tagged.mentions) {
    if (!stretchable(m)) continue;
    const end = closerCutEnd(tagged.chars, m.start, m.end, isWord, isPlace);
    if (end === null || tagged.mentions.some((o) => o !== m && o.start < end && m.start < o.end)) continue;
    const min =
      closerKindAt(tagged.chars, end, isPlace) === "speech" ? CLOSER_CUT_MIN_PROBABILITY : TITLE_CLOSER_MIN_PROBABILITY;
    if (scorer.spanProbability(m.start, end) < min) continue;
    m.end = end;
    m.name = tagged.chars.slice(m.start, end).join("");
  }
}
