/**
 * A company's or a brand's name read as a person's: the tagger takes `汉莎` of `汉莎航空公司`, `玛氏`
 * of `玛氏箭牌` (audit4 and dev4, scripts/people/README.md session 34). Two shapes:
 * - every occurrence of the name in the article runs straight into a company's head
 *   (`COMPANY_HEADS`: 汉莎航空…, 汉莎航空公司); one free occurrence keeps it, as for term-head.ts;
 * - one occurrence runs straight into a company or a brand that the reference dictionary knows
 *   (`玛氏` + `箭牌`, Wrigley: CC-CEDICT's `companies`, up to `MAX_COMPANY_LENGTH` characters): the
 *   two make one company's name, and the first part is that company at its other mentions too
 *   (`玛氏见证了中国市场快速发展`). A person's name is not printed glued to a company's.
 */
/** Heads that make the word before them a company's name (longest first). */
export const COMPANY_HEADS = ["航空公司", "公司", "集团", "航空", "银行", "控股", "事务所", "品牌", "股份"] as const;
/** Longest company name of the dictionary looked for right after a name. */
export const MAX_COMPANY_LENGTH = 4;
/** Shortest: one character says nothing. */
const MIN_COMPANY_LENGTH = 2;

function startsWith(chars: readonly string[], at: number, word: string): boolean {
  return Array.from(word).every((c, k) => chars[at + k] === c);
}

/** Whether a company's head, or a company of the dictionary, starts at `at`. */
function companyAt(chars: readonly string[], at: number, isCompany: (word: string) => boolean) {
  if (COMPANY_HEADS.some((head) => startsWith(chars, at, head))) return "head";
  for (let length = MIN_COMPANY_LENGTH; length <= MAX_COMPANY_LENGTH && at + length <= chars.length; length++)
    if (isCompany(chars.slice(at, at + length).join(""))) return "company";
  return null;
}

/** The names among `names` that the texts print as a company's (see above). */
export function namesOfCompanies(
  texts: readonly (readonly string[])[],
  names: Iterable<string>,
  isCompany: (word: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const word = Array.from(name);
    let headed = false;
    let free = false;
    let glued = false;
    for (const chars of texts)
      for (let i = 0; i + word.length <= chars.length; i++) {
        if (word.some((c, k) => chars[i + k] !== c)) continue;
        const after = companyAt(chars, i + word.length, isCompany);
        if (after === "company") glued = true;
        if (after === "head") headed = true;
        else free = true;
      }
    if (glued || (headed && !free)) out.add(name);
  }
  return out;
}
