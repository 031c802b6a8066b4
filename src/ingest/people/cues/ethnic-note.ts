import { NAME_DOTS } from "./name-dots";
import { isHan } from "@/text/char-class";

/**
 * A note of a person's nationality in brackets right after a name (`洛桑某某（藏族）`, `某某·某某（女、
 * 维吾尔族）`, as lists of officials print them) says that the whole item before it is one name: the
 * tagger, which knows few Tibetan and Uyghur names, cuts them at any syllable (洛桑灵智|多杰, 海里且|
 * 姆·斯拉木). The item runs back to the list's separator or the clause's start, past an opening verb of
 * an election (选举, 任命); an item longer than a name or holding anything but Han characters and name
 * dots is left alone. Days 16–20 (model of days 1–15): F1 0.9563 → 0.9573 (TP 1980 → 1983, FP 65 →
 * 64); days 1–20 (shipped model) unchanged.
 */
/** Longest note read (（女、维吾尔族）, （女，蒙古族）). */
export const MAX_ETHNIC_NOTE = 10;
/** Longest plain name before a note (洛桑灵智多杰: six; a Tibetan name of three parts, eight). */
export const MAX_NOTED_NAME = 8;
/** Longest dotted name before a note (阿不都热依木·卡德尔, 阿旺·洛桑次仁嘉措). */
export const MAX_NOTED_DOTTED_NAME = 16;
/** Shortest name before a note: a one-character item is no name. */
const MIN_NOTED_NAME = 2;
/** How a nationality ends: 族 of 藏族, 维吾尔族. */
const ETHNIC_END = "族";
/** Longest nationality word (塔吉克族, 柯尔克孜族: five characters). */
const MAX_ETHNIC_WORD = 5;
/** Endings in 族 of no nationality (民族 and 中华民族, 家族, 上班族, 贵族 …). */
const NOT_ETHNIC = ["民族", "家族", "种族", "部族", "宗族", "贵族", "皇族", "上班族", "月光族", "追星族"];
/** The other parts a note may hold besides the nationality: the sex. */
const OTHER_PARTS = ["女", "男"];

/** Whether a note's text is a nationality, with the sex or not: 藏族, 女、维吾尔族, 女，蒙古族. */
export function isEthnicNote(note: string): boolean {
  const parts = note.split(/[、，,]/u);
  const ethnic = parts.filter((p) => p.endsWith(ETHNIC_END));
  if (ethnic.length !== 1) return false;
  const word = ethnic[0]!;
  if (word.length < 2 || word.length > MAX_ETHNIC_WORD || NOT_ETHNIC.some((w) => word.endsWith(w))) return false;
  return parts.every((p) => p === word || OTHER_PARTS.includes(p));
}
/** Verbs that open a list of people elected or appointed, not part of the first name. */
const OPENERS = ["选举", "任命", "推选", "当选"];

export interface NotedName {
  start: number;
  end: number;
}

/** The names a nationality note stands after, each the whole item before its note. */
export function notedNames(chars: readonly string[]): NotedName[] {
  const out: NotedName[] = [];
  for (let open = 1; open < chars.length; open++) {
    if (chars[open] !== "（" && chars[open] !== "(") continue;
    const close = chars.indexOf(chars[open] === "（" ? "）" : ")", open);
    if (close < 0 || close - open - 1 > MAX_ETHNIC_NOTE) continue;
    if (!isEthnicNote(chars.slice(open + 1, close).join(""))) continue;
    let start = open;
    while (start > 0 && (isHan(chars[start - 1]!) || NAME_DOTS.includes(chars[start - 1]!))) start--;
    const item = chars.slice(start, open).join("");
    const opener = OPENERS.find((o) => item.startsWith(o));
    if (opener !== undefined) start += opener.length;
    const length = open - start;
    const dotted = chars.slice(start, open).some((c) => NAME_DOTS.includes(c));
    if (length < MIN_NOTED_NAME || length > (dotted ? MAX_NOTED_DOTTED_NAME : MAX_NOTED_NAME)) continue;
    if (NAME_DOTS.includes(chars[start]!) || NAME_DOTS.includes(chars[open - 1]!)) continue;
    out.push({ start, end: open });
  }
  return out;
}
