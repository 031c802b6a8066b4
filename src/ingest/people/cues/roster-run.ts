import { overlaps, type TaggedText } from "../mentions";
import { isChineseNameShaped } from "./name-shape";
import { titleHeadEndingAt } from "./title-phrase";

/**
 * A roster set as one run, with no 、 between its items (`某省某研究所研究员柯付湖北省某剧团团长柯喜华
 * 某学院副教授柯思东湖南省…`): each item is a unit, a post and a name, and the next item's unit
 * starts right after the name. The tagger reads across the seams (柯付湖 | 北省), so the run is read
 * structurally: a name is the two or three characters between a post and the start of a province's
 * (or a national body's) name. One such slot is ordinary prose as often as not (`总书记在参加新疆代表团`
 * is a post, two characters and a province), so only a run of slots joined by nothing but the units
 * and posts between them is read, and there the slots' names replace whatever the tagger found across
 * them. Days 1–20: one roster of 86 items (day 8); rmrb-web: none.
 */

/** Fewest name-shaped slots in a run read as a roster: one or two are prose. */
export const MIN_ROSTER_ITEMS = 3;
/** Longest unit and post between one name and the next, in characters (a county's hospital's ward). */
export const MAX_ROSTER_ITEM_LENGTH = 24;
/** Name lengths in a slot, longest first. */
const NAME_LENGTHS = [3, 2];
/** Where an item's unit starts: a province's short name, or a national body's first word. */
const UNIT_STARTS: readonly string[] =
  "北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾 中国 中央 中共 全国 国家 解放军".split(
    " ",
  );
/** Posts of a roster the title heads (title-phrase.ts) leave out: trades and ranks of the rank and file. */
const ROSTER_POSTS: readonly string[] = "教师 工人 演员 编导 学生 博士生 农艺师 医师 发行员 股长 馆员 编审".split(" ");

function wordAt(chars: readonly string[], at: number, word: string): boolean {
  return Array.from(word).every((c, k) => chars[at + k] === c);
}

function postEndsAt(chars: readonly string[], end: number): boolean {
  if (titleHeadEndingAt(chars, end) !== null) return true;
  return ROSTER_POSTS.some((post) => end >= post.length && wordAt(chars, end - post.length, post));
}

/** The first two characters of every unit start (each is two characters or more): a cheap test first. */
const UNIT_HEADS = new Set(UNIT_STARTS.map((unit) => unit.slice(0, 2)));

function unitStartsAt(chars: readonly string[], at: number): boolean {
  if (!UNIT_HEADS.has(`${chars[at]}${chars[at + 1]}`)) return false;
  return UNIT_STARTS.some((unit) => wordAt(chars, at, unit));
}

const HAN = /^\p{Script=Han}$/u;

/**
 * A slot: a name starting at `start` after a post, with the lengths that end where a unit starts, and
 * whether it is name-shaped (a listed surname, name-shape.ts). Only shaped slots make a run; within
 * one, an unshaped slot is a name too (洪 and 第 are missing from the lists the shape asks).
 */
export interface RosterSlot {
  start: number;
  lengths: number[];
  shaped: boolean;
}

/** The slots of the text that stand in runs of at least MIN_ROSTER_ITEMS, in text order. */
export function rosterSlots(chars: readonly string[]): RosterSlot[] {
  const slots: RosterSlot[] = [];
  for (let start = 2; start < chars.length; start++) {
    // a unit after two or three characters first: it is rare, the post before is costlier to test
    if (!NAME_LENGTHS.some((length) => unitStartsAt(chars, start + length))) continue;
    if (!postEndsAt(chars, start)) continue;
    const lengths = NAME_LENGTHS.filter(
      (length) =>
        start + length <= chars.length &&
        unitStartsAt(chars, start + length) &&
        chars.slice(start, start + length).every((c) => HAN.test(c)),
    );
    const shaped = lengths.some((length) => isChineseNameShaped(chars.slice(start, start + length)));
    if (lengths.length > 0) slots.push({ start, lengths, shaped });
  }
  const runs: RosterSlot[][] = [];
  for (const slot of slots) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const from = last === undefined ? -1 : last.start + Math.min(...last.lengths);
    const joined =
      last !== undefined &&
      slot.start - from <= MAX_ROSTER_ITEM_LENGTH &&
      chars.slice(from, slot.start).every((c) => HAN.test(c));
    if (joined) run!.push(slot);
    else runs.push([slot]);
  }
  return runs.filter((run) => run.filter((slot) => slot.shaped).length >= MIN_ROSTER_ITEMS).flat();
}

/**
 * Reads every roster run of the text: each slot's name (at the length the tagger likes best, when two
 * end at a unit) replaces the mentions across it.
 */
export function addRosterRunNames(tagged: TaggedText, index: number): void {
  for (const { start, lengths } of rosterSlots(tagged.chars)) {
    const end =
      start +
      lengths.reduce((best, length) =>
        tagged.scorer.spanProbability(start, start + length) > tagged.scorer.spanProbability(start, start + best)
          ? length
          : best,
      );
    if (tagged.mentions.some((m) => m.start === start && m.end === end)) continue;
    tagged.mentions = tagged.mentions.filter((m) => !overlaps([m], start, end));
    tagged.mentions.push({ text: index, start, end, name: tagged.chars.slice(start, end).join(""), source: "list" });
    tagged.mentions.sort((a, b) => a.start - b.start);
  }
}
