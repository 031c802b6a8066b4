import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { deputyTitleAfter } from "./deputy-after-name";
import { SUBJECT_VERBS } from "./dotted-last-syllable";

/**
 * Mongolian, Tibetan and Uyghur names are written in Chinese as long undotted runs of syllables
 * (旺扎拉脑日布, 那顺孟和, 巴特图勒嘎, 尔杰仁增), and the tagger, trained on 1998's mostly
 * three-character names, cuts them after three or four characters (旺扎拉|脑日布说: 旺扎拉 0.98,
 * the whole 0.003; 那顺孟|和表示: the whole under 0.001). Such a cut leaves a run of name syllables
 * between the mention and the next word. The mention takes that run when it is made of name
 * syllables only and ends where the clause has its next part: a verb of saying, a deputy's title
 * (`…代表说`), punctuation, or a word of the lexicon. Read from where the run ends, not from the
 * tagger's score, which is near nothing for names it never saw so long.
 */

/**
 * Characters of Mongolian, Tibetan and Uyghur names that the transliteration table (which spells
 * Western names) lacks: 那顺 孟和 呼和 敖其尔 格日勒 朝鲁 额尔敦 宝音 娜仁 (Mongolian); 次仁 卓玛 央金 平措
 * 旦增 降初 益西 顿珠 群培 仁青 措姆 (Tibetan); 买买提 吐尔逊 依明 肉孜 玉素甫 (Uyghur). Characters that
 * are also common words after a name are left out (都 不 来 边 强 高 白 平 门 干 合 土 云 江): the run
 * would swallow an adverb or a verb.
 */
export const MINORITY_NAME_CHARS =
  "那顺和呼嘎日脑其敖敦朝宝音娃仁次卓央措旦增降初益珠群青坚参吾买依吐孜肉玉甫素逊陶额郎木";
/** The shortest mention that may run on: a run of three syllables is a foreign name, two may be a Chinese one. */
export const MIN_RUN_NAME = 3;
/** The most characters a mention takes (脑日布: 3); a longer run is more likely a place or a second name. */
export const MAX_RUN_ON = 3;
/** 和 ends Mongolian names (孟和, 苏和, 布和) but joins two names too: it is taken only as the run's last character before a verb, a title or punctuation, never before a word. */
const AND = "和";
/** Punctuation that closes the clause part the name is in. */
export const RUN_END_PUNCTUATION = "，。：；、！？”）";

/**
 * Syllables of the table that are also words opening a predicate right after its subject: 因 "because"
 * (PFR days 1–20: `汉佩尔因出色完成` read 汉佩尔因), 让 "let", 比 "than". A run stops at them.
 */
export const RUN_STOP_CHARS = "因让比";

const MINORITY_CPS: ReadonlySet<number> = new Set(Array.from(MINORITY_NAME_CHARS, (c) => c.codePointAt(0)!));
const isSyllable = (c: string | undefined) =>
  c !== undefined &&
  !RUN_STOP_CHARS.includes(c) &&
  (TRANSLITERATION_CPS.has(c.codePointAt(0)!) || MINORITY_CPS.has(c.codePointAt(0)!));

/** Whether the name [start, end) is long enough and all name syllables, so that a run may join it. */
const isSyllableName = (chars: readonly string[], start: number, end: number) =>
  end - start >= MIN_RUN_NAME && chars.slice(start, end).every(isSyllable);

/** How many characters after the undotted name [start, end) it should take (0 if none). */
export function runOnLength(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): number {
  if (!isSyllableName(chars, start, end)) return 0;
  let runEnd = end;
  while (isSyllable(chars[runEnd])) runEnd++;
  const length = runEnd - end;
  if (length === 0 || length > MAX_RUN_ON) return 0;
  // no word inside the run nor across its start (多次, 阿姨): a word is no syllable of a name
  for (let i = end - 1; i < runEnd - 1; i++)
    for (let j = i + 2; j <= Math.min(runEnd, i + 4); j++) if (isWord(chars.slice(i, j).join(""))) return 0;
  const after = chars.slice(runEnd, runEnd + 6).join("");
  const closed =
    runEnd >= chars.length ||
    RUN_END_PUNCTUATION.includes(chars[runEnd]!) ||
    SUBJECT_VERBS.some((v) => after.startsWith(v)) ||
    deputyTitleAfter(chars, runEnd) !== null;
  if (closed) return chars.slice(end, runEnd - 1).includes(AND) ? 0 : length;
  // a word right after the run: the run must not end inside it (拉|开), and 和 before a word joins two names
  if (chars[runEnd - 1] === AND || isWord(chars.slice(runEnd - 1, runEnd + 1).join(""))) return 0;
  const startsWord =
    isWord(chars.slice(runEnd, runEnd + 2).join("")) || isWord(chars.slice(runEnd, runEnd + 3).join(""));
  return startsWord && !chars.slice(end, runEnd).includes(AND) ? length : 0;
}

/** The most characters a name takes before it (呼和 of 呼和巴特尔: 2). */
export const MAX_RUN_BEFORE = 2;

/**
 * How many characters before the undotted name [start, end) it should take (0 if none): the tagger
 * also cuts such a name at its front (呼和|巴特尔代表), where the run of syllables before it starts a
 * clause. The run must start right after punctuation or at the text's start, not with 和 (`，和巴特尔`
 * is "and"), and hold no word.
 */
export function runBeforeLength(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): number {
  if (!isSyllableName(chars, start, end)) return 0;
  let runStart = start;
  while (runStart > 0 && isSyllable(chars[runStart - 1])) runStart--;
  const length = start - runStart;
  if (length === 0 || length > MAX_RUN_BEFORE || chars[runStart] === AND) return 0;
  if (runStart > 0 && !/[\p{P}\s]/u.test(chars[runStart - 1]!)) return 0;
  for (let i = runStart; i < start; i++)
    for (let j = i + 2; j <= Math.min(start + 1, i + 4); j++) if (isWord(chars.slice(i, j).join(""))) return 0;
  return length;
}
