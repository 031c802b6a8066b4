import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { isChineseNameShaped } from "./name-shape";

/**
 * A name right after the unit the person works in, written with no 的 between (`某某县质检站|钟立山`,
 * `和社区|姚小禾视频`): the unit says a person of it follows, as a title does, so it vouches for a
 * name the tagger read there (support.ts), if the tagger is as sure of it as of a name after a person
 * noun, and the name is a surname and one or two characters that make no dictionary word, no place
 * and no place's end (`某乡|刘某村`). The unit is one of `UNIT_WORDS` (a unit by itself), or one of
 * `UNIT_HEADS` after `MIN_UNIT_NAME` Han characters of the unit's own name (质检|站; 一站 and 全市 are
 * no units); a place's head that closes a common word (城市, 超市, 上市) is no unit.
 *
 * Found where the support check dropped true names: four folds of days 1–20, four (a county's,
 * a commission's, a bureau's and a college's man), and one false one, a foreign city after 城市.
 */
export const UNIT_WORDS: readonly string[] = ["社区"];
export const UNIT_HEADS = "局委院站所厂县市处科馆";
/** Heads that close a place's name: with the character before them they may make a common word. */
export const PLACE_HEADS = "县市";
/** The unit's own name before a head of `UNIT_HEADS`: two characters at least. */
export const MIN_UNIT_NAME = 2;
/** How sure the tagger must be of the name (the person noun's floor, person-noun-before.ts). */
export const UNIT_BEFORE_MIN_PROBABILITY = 0.3;
/**
 * Last characters of a place's name (刘家|村, 周家|巷): a name ending so after a unit is a place. The
 * fresh sample (seed 4303) read a lane after its city, in a list of old streets, before 巷 was here.
 */
export const PLACE_END_CHARS = "村乡镇县市区省旗州巷街路庄屯寨";

const WORDS = UNIT_WORDS.map((w) => Array.from(w));

/** Whether a unit ends right before `at` (see above). */
export function unitEndsAt(chars: readonly string[], at: number, isWord: (w: string) => boolean): boolean {
  if (WORDS.some((w) => w.length <= at && w.every((c, k) => chars[at - w.length + k] === c))) return true;
  const head = chars[at - 1];
  if (head === undefined || !UNIT_HEADS.includes(head) || at - 1 < MIN_UNIT_NAME) return false;
  for (let k = at - 1 - MIN_UNIT_NAME; k < at - 1; k++) if (!isHan(chars[k]!) || isBoundaryChar(chars[k])) return false;
  return !(PLACE_HEADS.includes(head) && isWord(`${chars[at - 2]}${head}`));
}

/** Whether the unit vouches for the name [start, end) after it: name-shaped, no word, no place's end. */
export function unitVouches(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): boolean {
  if (!unitEndsAt(chars, start, isWord)) return false;
  const name = chars.slice(start, end);
  return isChineseNameShaped(name) && !isWord(name.join("")) && !PLACE_END_CHARS.includes(name.at(-1)!);
}
