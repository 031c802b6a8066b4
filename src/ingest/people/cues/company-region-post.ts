/**
 * A company's post after its name and the region it answers for (`博世中国总裁`, `某某大中华区总裁`,
 * audit 7): a multinational names its branch by a region, and the post that follows is the company's,
 * so the word before the region is the company, not a person (a person's name is followed by the post
 * itself, `陈某总裁`, never by 中国总裁). company-name.ts reads one such occurrence as the company's
 * name at every mention (`博世看好中国市场`).
 */

/** Regions a company's branch is named by, longest first (中国区 before 中国). */
export const COMPANY_REGIONS: readonly string[] = ["大中华区", "亚太区", "中华区", "中国区", "全球", "中国"];
/** A company's posts (general words), longest first. */
export const COMPANY_POSTS: readonly string[] = ["首席执行官", "副总经理", "副总裁", "总经理", "董事长", "总裁", "CEO"];

function startsWith(chars: readonly string[], at: number, word: string): boolean {
  return Array.from(word).every((c, k) => chars[at + k] === c);
}

/** Whether a region and a company's post start at `at` (the character after a name). */
export function companyPostAfter(chars: readonly string[], at: number): boolean {
  const region = COMPANY_REGIONS.find((r) => startsWith(chars, at, r));
  if (region === undefined) return false;
  const after = at + Array.from(region).length;
  return COMPANY_POSTS.some((post) => startsWith(chars, after, post));
}
