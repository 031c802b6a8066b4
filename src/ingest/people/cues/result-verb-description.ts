import { RESULT_VERBS } from "./result-object";

/**
 * A match's result verb inside a description read before the loser's name (`…加赛中负于|某国棋手X`,
 * `半决赛战胜|队友X`): the reader walks back over 于 (no boundary there) and keeps the verb
 * (`负于某国棋手`), or the run grows past a description's length and nothing is kept. The person is
 * what follows the verb, so the phrase is read from after the last such verb, as it is after 带领 or
 * 看望 (`description.ts`). A verb followed by a place's level is inside the place's name (`某某代力克村`,
 * the first try's one firing on the fresh sample): no cut there. Session 38 (rmrb49): dev5's and
 * dev7's chess reports.
 */
/** The result verbs of `result-object.ts`, and the forms with 于 that the reader does not stop at. */
export const RESULT_VERB_OPENERS: readonly string[] = [...RESULT_VERBS, "败于", "惜败于", "战平", "完胜"];
/** Levels of places that end a name holding such a verb (`…力克村`, `…战胜乡`). */
export const PLACE_LEVEL_CHARS = "村镇乡县市区省州屯寨";

/** Where a phrase starts after its last result verb (0 when it holds none, or only inside a place's name). */
export function afterResultVerb(phrase: string): number {
  let cut = 0;
  for (const verb of RESULT_VERB_OPENERS) {
    const at = phrase.lastIndexOf(verb);
    if (at < 0) continue;
    const end = at + verb.length;
    if (end < phrase.length && !PLACE_LEVEL_CHARS.includes(phrase[end]!)) cut = Math.max(cut, end);
  }
  return cut;
}
