import { surnameOf } from "@/text/surnames";

/**
 * Splits names that a byline runs together (`戴柳君何文萍`) into names that each start with a
 * surname and have a one- or two-character given name. Among the splits, three-character names
 * are preferred (the commonest length); no split → null, so that the caller can refuse the line.
 */
export function splitNameRun(run: string): string[] | null {
  const chars = Array.from(run);
  const best = new Map<number, { names: string[]; score: number } | null>();
  const solve = (at: number): { names: string[]; score: number } | null => {
    if (at === chars.length) return { names: [], score: 0 };
    const cached = best.get(at);
    if (cached !== undefined) return cached;
    let result: { names: string[]; score: number } | null = null;
    const surname = surnameOf(chars.slice(at).join(""));
    if (surname !== null) {
      const s = Array.from(surname).length;
      for (const given of [2, 1]) {
        const end = at + s + given;
        if (end > chars.length) continue;
        const rest = solve(end);
        if (rest === null) continue;
        const score = rest.score + (s + given === 3 ? 1 : 0);
        if (result === null || score > result.score) {
          result = { names: [chars.slice(at, end).join(""), ...rest.names], score };
        }
      }
    }
    best.set(at, result);
    return result;
  };
  return solve(0)?.names ?? null;
}
