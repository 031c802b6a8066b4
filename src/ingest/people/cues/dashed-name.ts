import { NAME_DOTS } from "./name-dots";
import type { TaggedText } from "../mentions";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { titleEndingAt } from "./title-phrase";

/**
 * A transliterated name whose first part is itself two names joined by a dash (Abdelmadjid Tebboune
 * as `阿卜杜勒—马吉德·特本`, Jean-Marie as `让—玛丽·…`): the tagger takes the two sides of the dash for
 * two names (阿卜杜勒 | 马吉德·特本). They are one when the dash is a single one (a doubled dash `——`
 * opens a clause), both characters beside it are transliteration characters, and the right side is a
 * dotted name: a dash between two people (`叶利钦—桥本会晤`, PFR) has no dot after it. audit4:
 * 阿卜杜勒 (with the president's title) becomes the whole name.
 */
/** The dashes printed inside such names: em dash, en dash, full-width hyphen-minus, hyphen. */
export const NAME_DASHES = "—–－‐-";

const translit = (ch: string | undefined) => ch !== undefined && TRANSLITERATION_CPS.has(ch.codePointAt(0)!);

/**
 * Whether the name [leftStart, leftEnd) and the dotted name [rightStart, rightEnd) are one name
 * across a single dash between them.
 */
export function joinsAcrossDash(
  chars: readonly string[],
  leftEnd: number,
  rightStart: number,
  rightEnd: number,
): boolean {
  if (rightStart !== leftEnd + 1 || !NAME_DASHES.includes(chars[leftEnd] ?? "x")) return false;
  if (NAME_DASHES.includes(chars[leftEnd - 1] ?? "x") || NAME_DASHES.includes(chars[rightStart] ?? "x")) return false;
  if (!translit(chars[leftEnd - 1]) || !translit(chars[rightStart])) return false;
  return chars.slice(rightStart, rightEnd).some((c) => NAME_DOTS.includes(c));
}

/**
 * A dashed name with no dot (Miguel Díaz-Canel as `迪亚斯—卡内尔`, Muhammad-Bande as `穆罕默德—班迪`):
 * the same single dash, every character of both sides a transliteration character, and a title
 * written against the whole, before it (`国家主席迪亚斯—卡内尔`) or after it (`迪亚斯—卡内尔主席`). A
 * dash between two people or two places has no title against it (`叶利钦—桥本会晤`, `拉各斯—伊巴丹`).
 * Found on dev9 (session 39, rmrb57): the left side is found by the title cue, after the tagger's
 * slips are fixed, so the join runs on the article's mentions once the cues have run.
 */
export function joinsTitledAcrossDash(
  chars: readonly string[],
  leftStart: number,
  leftEnd: number,
  rightStart: number,
  rightEnd: number,
  places?: ReadonlySet<string>,
): boolean {
  if (rightStart !== leftEnd + 1 || !NAME_DASHES.includes(chars[leftEnd] ?? "x")) return false;
  for (let k = leftStart; k < rightEnd; k++) if (k !== leftEnd && !translit(chars[k])) return false;
  if (titleEndingAt(chars, leftStart, places) !== null) return true;
  return TITLE_AFTER.some((t) => chars.slice(rightEnd, rightEnd + t.length).join("") === t);
}

/** Titles written after a foreign name (`某某主席一道`): the heads of state and government, and ministers. */
export const TITLE_AFTER: readonly string[] = ["主席", "总统", "总理", "首相", "国王", "议长", "部长", "外长"];

/** Joins each two mentions of a text that are one dashed name with a title against it (see `joinsTitledAcrossDash`). */
export function joinTitledDashedNames(texts: readonly TaggedText[], places: ReadonlySet<string>): void {
  for (const t of texts) {
    if (t.mentions.length < 2 || !t.chars.some((c) => NAME_DASHES.includes(c))) continue;
    const byStart = new Map(t.mentions.map((m) => [m.start, m]));
    const gone = new Set<(typeof t.mentions)[number]>();
    for (const left of t.mentions) {
      const right = byStart.get(left.end + 1);
      if (right === undefined || gone.has(left) || gone.has(right)) continue;
      if (!joinsTitledAcrossDash(t.chars, left.start, left.end, right.start, right.end, places)) continue;
      left.end = right.end;
      left.name = t.chars.slice(left.start, right.end).join("");
      gone.add(right);
    }
    if (gone.size > 0) t.mentions = t.mentions.filter((m) => !gone.has(m));
  }
}
