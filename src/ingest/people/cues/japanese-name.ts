import { isHan } from "@/text/char-class";
import { speechVerbAt } from "./speech-verb-cue";
import { HONORIFICS } from "./speech-verbs";
import { titleAfter } from "./title-phrase";
import { charsAt } from "./chars-at";

/**
 * Japanese names (铃木博美, 石田退三, 中川不器男): a two-character family name and a given name of
 * one to three characters. The Chinese-name shape (one surname + one or two characters) misses them,
 * and the tagger, which saw few of them in its training month, gives them 0.01 and less. The cue is
 * the family name: the commonest Japanese family names written with two characters (general
 * knowledge of the national frequency ranking, not taken from any corpus), less those that are also
 * a common Chinese word, place or name start (中山, 小林, 金子, 和田, 清水, 山下, 大西 …). It is asked only in an
 * article that speaks of Japan (`mentionsJapan`), and the tagger keeps a veto (apply-cues.ts).
 */
/** Family names added in session 39 (pfr29): japanese-name.test.ts checks none is a common Chinese word. */
export const MORE_FAMILY_NAMES =
  "堀内 津田 布施 神崎 宫泽 竹下 宇野 细川 梶山 小渊 小泉 麻生 安倍 鸠山 岸田 甘利 额贺 中曾根 " +
  "枝野 冈崎 浅野 荒木 松冈 奥山 濑田 田岛 大泽 吉村 堀江 森本 矢野 小泽";
export const JAPANESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 斋藤 山崎 阿部 " +
    "池田 桥本 石川 中岛 前田 藤田 后藤 冈田 长谷川 村上 近藤 坂本 远藤 青木 藤井 福田 三浦 藤原 冈本 " +
    "松田 中川 原田 小野 田村 竹内 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 丸山 今井 " +
    "河野 藤本 村田 武田 杉山 增田 大塚 千叶 久保 松井 小岛 岩崎 樱井 野口 松尾 野村 木下 菊地 佐野 " +
    "杉本 滨田 菅原 市川 水野 石田 森田 安田 土屋 服部 川口 永井 关口 横田 秋山 " +
    // further common family names, many of them politicians' (general knowledge, not from the corpus),
    // less those that run on from a Chinese word (野中: 田野中, 前原: 此前原, 石破: 石破天惊, 二阶: 第二阶段)
    MORE_FAMILY_NAMES
  ).split(" "),
);
/** The family names by their first character, as characters: looked up in place at every position of a text. */
const FAMILY_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const family of JAPANESE_FAMILY_NAMES) {
    const chars = Array.from(family);
    const list = byFirst.get(chars[0]!) ?? [];
    list.push(chars);
    byFirst.set(chars[0]!, list);
  }
  return byFirst;
})();
/** Family names are two or three characters (铃木, 佐佐木), the longer tried first. */
const FAMILY_LENGTHS = [3, 2];
/** How many characters after a name an honorific may take (`endsName` looks no further). */
const HONORIFIC_WINDOW = 2;
const HONORIFIC_CHARS = HONORIFICS.map((h) => Array.from(h));
/** Given names are one to three characters (哲, 博美, 不器男). */
export const MIN_GIVEN_LENGTH = 1;
export const MAX_GIVEN_LENGTH = 3;
/** Function characters that end a name's phrase (`石田退三之后`, `…的`, `…在`). */
const AFTER_NAME = "之的在等和与及是也都为将已曾还又";
/**
 * Function characters no given name starts with: a family name right before one stands alone
 * (`津田和细川也都…`: not 细川也, fold 2's one false name once 细川 was listed). 和, 之, 与 … are not
 * here: they start given names (佐佐木和子).
 */
const NO_GIVEN_START = "的也都在是已曾还又";
/** Words that say an article speaks of Japan: the country, its people or its capital. */
const JAPAN_WORDS = ["日本", "日方", "日籍", "东京", "大阪", "中日", "日中", "日美", "日韩"];

export function mentionsJapan(texts: readonly string[]): boolean {
  return texts.some((t) => JAPAN_WORDS.some((w) => t.includes(w)));
}

export interface JapaneseCandidate {
  start: number;
  /**
   * The name lengths allowed here (family name + given name): those followed by what ends a name
   * (punctuation, a function character, a title, an honorific, a speech verb) when any is, else all.
   */
  lengths: number[];
}

/** Whether a name ending at `end` is followed by what ends a name. */
export function endsName(chars: readonly string[], end: number): boolean {
  const next = chars[end];
  if (next === undefined || !isHan(next) || AFTER_NAME.includes(next)) return true;
  return (
    HONORIFIC_CHARS.some((h) => h.length <= HONORIFIC_WINDOW && charsAt(chars, end, h)) ||
    titleAfter(chars, end) !== null ||
    speechVerbAt(chars, end) !== null
  );
}

/** Whether one of `families` (those of the character at `start`) of `length` characters stands at `start`. */
function hasFamily(
  families: readonly (readonly string[])[],
  chars: readonly string[],
  start: number,
  length: number,
): boolean {
  for (let k = 0; k < families.length; k++) {
    const family = families[k]!;
    if (family.length === length && charsAt(chars, start, family)) return true;
  }
  return false;
}

/** Whether a listed family name starts at `start` (a function character before it then is no part of a name: 以|小泽一郎). */
export function listedFamilyAt(chars: readonly string[], start: number): boolean {
  const families = FAMILY_BY_FIRST.get(chars[start] ?? "");
  return families !== undefined && FAMILY_LENGTHS.some((length) => hasFamily(families, chars, start, length));
}

/**
 * Every place a listed family name starts, not inside a run of Han characters that goes on before it
 * as part of the same word (a family name may follow punctuation, a title or a description, so only
 * the following characters are checked: they must be Han to hold a given name).
 */
export function japaneseNameCandidates(chars: readonly string[]): JapaneseCandidate[] {
  const out: JapaneseCandidate[] = [];
  for (let start = 0; start < chars.length; start++) {
    const families = FAMILY_BY_FIRST.get(chars[start]!);
    if (families === undefined) continue;
    for (const familyLength of FAMILY_LENGTHS) {
      if (!hasFamily(families, chars, start, familyLength)) continue;
      const next = chars[start + familyLength];
      if (next !== undefined && NO_GIVEN_START.includes(next)) break;
      const lengths: number[] = [];
      for (let given = MIN_GIVEN_LENGTH; given <= MAX_GIVEN_LENGTH; given++) {
        const end = start + familyLength + given;
        if (end > chars.length || !isHan(chars[end - 1]!)) break;
        lengths.push(familyLength + given);
      }
      const ended = lengths.filter((length) => endsName(chars, start + length));
      if (lengths.length > 0) out.push({ start, lengths: ended.length > 0 ? ended : lengths });
      break;
    }
  }
  return out;
}
