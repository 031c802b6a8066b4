/**
 * A place's name after a word of nearness (`附近青禾村党支部书记`, `邻近…村`): the title parser takes an
 * unknown two-character place before its admin level only when a boundary stands before it, so
 * after 附近 the village's name was lost (`村党支部书记`; session 35, rmrb36: the sixth audit's
 * 纪松涛). These words say where the place lies, never part of its name: they end the text before it
 * as a boundary does. General words of the language.
 */
export const NEARNESS_WORDS: readonly string[] = ["附近", "周边", "邻近", "隔壁", "毗邻", "旁边"];

/** Whether a word of nearness ends right before `at`. */
export function nearnessWordEndsAt(chars: readonly string[], at: number): boolean {
  return NEARNESS_WORDS.some((w) => {
    const word = Array.from(w);
    return at - word.length >= 0 && word.every((ch, k) => chars[at - word.length + k] === ch);
  });
}
