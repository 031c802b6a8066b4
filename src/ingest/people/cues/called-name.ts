import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { candidateLengths } from "./name-shape";

/**
 * A name introduced by what someone is called (`一位叫孔方的店主`, `名叫卡莫拉的志愿者`,
 * `男的叫孔方，`): after 叫 the name runs to 的 or to punctuation. Both ends are fixed, so a
 * surname-led name or a run of transliteration characters between them is a name even where the
 * tagger doubts it; the tagger's span probability still has a veto.
 */
/** What must follow the name: 的 (a description follows) or punctuation. */
const AFTER_NAME = new Set(["的", "，", "。", "、", "；", "！", "？", "”"]);
/** A foreign name after 叫 is two to eight transliteration characters. */
export const MIN_FOREIGN_CALLED = 2;
export const MAX_FOREIGN_CALLED = 8;

/**
 * The classifier that counts people only (一位, 这位, 两位): a slot after it, before 名叫 or 叫, is a
 * person's, never a place's (`地方叫…`) — apply-cues.ts asks the tagger less there.
 */
export const PERSON_CLASSIFIER = "位";

const translit = (ch: string | undefined) => ch !== undefined && TRANSLITERATION_CPS.has(ch.codePointAt(0)!);

/** Name slots after 叫 (名叫, 叫做): where each starts and the lengths it may have. */
export function calledNameCandidates(
  chars: readonly string[],
): { start: number; lengths: number[]; counted: boolean }[] {
  const out: { start: number; lengths: number[]; counted: boolean }[] = [];
  for (let at = 0; at < chars.length; at++) {
    if (chars[at] !== "叫") continue;
    const start = chars[at + 1] === "做" ? at + 2 : at + 1;
    const ends = (length: number) => AFTER_NAME.has(chars[start + length] ?? "");
    const lengths = candidateLengths(chars, start).filter(ends);
    let run = 0;
    while (translit(chars[start + run]) && run < MAX_FOREIGN_CALLED) run++;
    if (run >= MIN_FOREIGN_CALLED && ends(run) && !lengths.includes(run)) lengths.push(run);
    const before = chars[at - 1] === "名" ? at - 2 : at - 1;
    if (lengths.length > 0) out.push({ start, lengths, counted: chars[before] === PERSON_CLASSIFIER });
  }
  return out;
}
