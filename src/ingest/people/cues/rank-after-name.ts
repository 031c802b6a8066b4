/**
 * A rank written right after a name: an officer's (`某某某少将出席`, `某某某中将`) or a go or
 * chess player's (`某某三段`, `某某六段`). The tagger held such names on its path, but ranks are not
 * titles the support check knew after a name, so those it was less than 0.9 sure of were dropped
 * (support.ts). On the four folds of dev (scripts/people/README.md, session 36): 4 true names
 * dropped so, no false one.
 */
/** Officers' ranks (the generals' and the colonels'): 少将, 上校 … */
export const OFFICER_RANKS: readonly string[] = ["上将", "中将", "少将", "大将", "大校", "上校", "中校", "少校"];
/** A player's rank: a numeral (初 for the first) and 段 (cues/name-edges.ts cuts the numeral off a name). */
export const PLAYER_RANK_NUMERALS = "初一二三四五六七八九";
export const PLAYER_RANK = "段";

/** The rank that starts at `end`, right after a name, or null. */
export function rankAfterName(chars: readonly string[], end: number): string | null {
  const two = chars.slice(end, end + 2).join("");
  if (OFFICER_RANKS.includes(two)) return two;
  if (PLAYER_RANK_NUMERALS.includes(chars[end] ?? "-") && chars[end + 1] === PLAYER_RANK) return two;
  return null;
}
