/**
 * The loser of a match, named right after the verb of the result (`刘国梁以３∶２战胜马琳`,
 * `负于丹麦的拉尔森`): a sports report names the other side so, as it names the winner before the
 * verb (`王楠击败`, speech-verbs.ts). The verb vouches for a name the tagger found right after it
 * (support.ts); it adds none by itself (a team or a country stands there as often).
 */
export const RESULT_VERBS: readonly string[] = [
  "战胜",
  "击败",
  "打败",
  "负于",
  "输给",
  "败给",
  "不敌",
  "力克",
  "险胜",
  "逼平",
  "淘汰",
];

/** Whether a result verb ends right at `at`, where a name starts. */
export function resultVerbEndsAt(chars: readonly string[], at: number): boolean {
  const before = chars.slice(Math.max(0, at - 2), at).join("");
  return RESULT_VERBS.includes(before);
}
