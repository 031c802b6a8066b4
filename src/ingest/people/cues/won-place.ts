/**
 * A place won, in the clause after a name (`X，赢得冠军，`, `X，获得亚军。`): the comma clause reader takes
 * a short verb before a person noun as the description's prefix (`，现为|退休教师，`) and 冠军 / 亚军 / 季军
 * are person nouns (`世界冠军X`), so the verb phrase became a role. After a verb of winning the place is
 * the prize, not the person. Session 38 (rmrb49): dev7's chess report.
 */
/** Verbs of winning a place, the longest first. */
export const WINNING_VERBS: readonly string[] = ["赢得", "获得", "夺得", "摘得", "斩获", "取得", "获", "夺"];
/** The places a match awards. */
export const PLACES_WON: readonly string[] = ["冠军", "亚军", "季军"];

/** Whether the clause `run` (the description's run after the name and its comma) is a verb of winning and a place. */
export function isPlaceWon(run: readonly string[]): boolean {
  const clause = run.join("");
  const verb = WINNING_VERBS.find((v) => clause.startsWith(v));
  return verb !== undefined && PLACES_WON.some((p) => clause.endsWith(p));
}
