import { MOST_MENTIONED_COUNT } from "@/bundle/people-pages";
import type { SortedSummary } from "./build-people-index";

/**
 * The most mentioned people (`mostMentioned`: most articles first, ties in the index's order) kept
 * from build to build without going through everyone: the pool is every person who ranks at or
 * above its floor (a rank: an article count and a sort key). A build changes a few people; the others
 * keep their rank, so the new pool is the old one without the changed people, plus those of them
 * who now rank at or above the floor: still exactly everyone at or above it, and the most mentioned
 * are its first `MOST_MENTIONED_COUNT`. Only when the pool falls below that many (issues removed
 * took counts down) is everyone ranked again, and the floor set at the `POOL_SIZE`th.
 */

/** People the pool holds when it is made from everyone: four times the listed, so that days removed rarely empty it. */
export const POOL_SIZE = 4 * MOST_MENTIONED_COUNT;
/** When days added bring more than this many over the floor, it is raised to the `POOL_SIZE`th (the pool stays small). */
export const POOL_MAX = 4 * POOL_SIZE;

export interface Rank {
  articleCount: number;
  sortKey: string;
}

export interface MostMentionedPool {
  /** Null: the pool holds everyone (the archive has no more than `POOL_SIZE` people). */
  floor: Rank | null;
  /** In rank order. */
  people: SortedSummary[];
}

/** Whether `a` ranks before `b`: more articles, or as many and earlier in the index. */
export function ranksBefore(a: Rank, b: Rank): boolean {
  return a.articleCount > b.articleCount || (a.articleCount === b.articleCount && a.sortKey < b.sortKey);
}

const byRank = (a: Rank, b: Rank): number => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0);

/** The pool of everyone. */
export function poolOf(everyone: readonly SortedSummary[]): MostMentionedPool {
  const people = [...everyone].sort(byRank);
  if (people.length <= POOL_SIZE) return { floor: null, people };
  const top = people.slice(0, POOL_SIZE);
  const last = top.at(-1)!;
  return { floor: { articleCount: last.articleCount, sortKey: last.sortKey }, people: top };
}

/**
 * The pool after the people `changed` (by name: their summary now, or null when gone); null when it
 * would hold fewer than `MOST_MENTIONED_COUNT` and everyone must be ranked again (`poolOf`).
 */
export function updatePool(
  pool: MostMentionedPool,
  changed: ReadonlyMap<string, SortedSummary | null>,
): MostMentionedPool | null {
  const people = pool.people.filter((p) => !changed.has(p.name));
  for (const now of changed.values())
    if (now !== null && (pool.floor === null || !ranksBefore(pool.floor, now))) people.push(now);
  people.sort(byRank);
  if (pool.floor !== null && people.length < MOST_MENTIONED_COUNT) return null;
  if (people.length <= POOL_MAX) return { floor: pool.floor, people };
  const last = people[POOL_SIZE - 1]!;
  return { floor: { articleCount: last.articleCount, sortKey: last.sortKey }, people: people.slice(0, POOL_SIZE) };
}
