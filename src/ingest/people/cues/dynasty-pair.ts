/**
 * Two dynasties written together name a stretch of history, not a person: `唐宋两朝`, `宋元时期`,
 * `明清建筑`. The tagger, which reads 宋 and 唐 as surnames, takes such a pair for a two-character name
 * (dev sets of rmrb-web: 宋元 in the second, 唐宋 in the fourth). Only dynasties that follow each other
 * (`DYNASTY_ORDER`) make such a pair; a given name of two dynasty characters that do not (刘|汉元,
 * 陶|汉明, both PFR names) is left alone, and a pair never takes a longer name apart: only a mention
 * that is the pair and nothing more is dropped (tagger-slips.ts). On PFR days 1–20 no person name is
 * such a pair (the month writes 商周, 明清, 隋唐 as times).
 */
/** The dynasties in the order they reigned: two of them next to each other here make a period. */
export const DYNASTY_ORDER = "夏商周秦汉晋隋唐宋元明清";
/** How far apart in `DYNASTY_ORDER` the two may be: 1, next to each other (唐宋, not 汉元). */
export const MAX_DYNASTY_GAP = 1;

/** Whether the two-character name is a period of two successive dynasties (唐宋, 宋元, 明清). */
export function isDynastyPair(name: string): boolean {
  const chars = Array.from(name);
  if (chars.length !== 2) return false;
  const first = DYNASTY_ORDER.indexOf(chars[0]!);
  const second = DYNASTY_ORDER.indexOf(chars[1]!);
  if (first < 0 || second < 0) return false;
  const gap = second - first;
  return gap >= 1 && gap <= MAX_DYNASTY_GAP;
}
