import { kinTermEnding } from "./kin-terms";

/**
 * A kin word after 的 in the comma clause after a name is someone else's kin, not what the named
 * person is: `农户黄某，长期照顾因车祸失能的丈夫。` (the husband is the one cared for) or `张某，李某的
 * 母亲` (the kin of another). The comma-clause reading takes the words after the clause's last 的 as
 * the description, which is right for a qualified noun (`村里的老党员`) but not for a kin word, whose
 * 的 names the one it is kin to. Found in the rmrb20 roles audit (session 33, rmrb21).
 */
export const KIN_WORDS: readonly string[] = ["母亲", "父亲", "妻子", "丈夫", "儿子", "女儿", "老伴"];

/** Whether `description`, read after the last 的 of the clause `run`, is a kin word of someone else. */
export function isOthersKin(run: readonly string[], description: string): boolean {
  return run.includes("的") && kinTermOf(description) === description;
}

/** The kin term `phrase` ends with: one of `KIN_WORDS` or of `kin-terms.ts` (公公, 二嫂), or null. */
export function kinTermOf(phrase: string): string | null {
  return KIN_WORDS.find((w) => phrase.endsWith(w)) ?? kinTermEnding(phrase);
}
