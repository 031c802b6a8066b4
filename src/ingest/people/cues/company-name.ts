import { companyPostAfter } from "./company-region-post";
import { speechVerbAt } from "./speech-verb-cue";
/**
 * A company's or a brand's name read as a person's: the tagger takes `汉莎` of `汉莎航空公司`, `玛氏`
 * of `玛氏箭牌` (audit4 and dev4, scripts/people/README.md session 34). Two shapes:
 * - every occurrence of the name in the article runs straight into a company's head
 *   (`COMPANY_HEADS`: 汉莎航空…, 汉莎航空公司); one free occurrence keeps it, as for term-head.ts;
 * - one occurrence runs straight into a company or a brand that the reference dictionary knows
 *   (`玛氏` + `箭牌`, Wrigley: CC-CEDICT's `companies`, up to `MAX_COMPANY_LENGTH` characters): the
 *   two make one company's name, and the first part is that company at its other mentions too
 *   (`玛氏见证了…`). A person's name is not printed glued to a company's;
 * - (session 35, rmrb33) one occurrence opens a company's registered name or its short name:
 *   `registeredNameAt` below (`浙江金禾风电装备股份有限公司`, `（以下简称“金禾科技”）`);
 * - (session 36, rmrb38) one occurrence runs into a region and a company's post (`博世中国总裁`):
 *   company-region-post.ts.
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
    let registered = false;
    let speaks = false;
    for (const chars of texts)
      for (let i = 0; i + word.length <= chars.length; i++) {
        if (word.some((c, k) => chars[i + k] !== c)) continue;
        const after = companyAt(chars, i + word.length, isCompany);
        if (after === "company" || companyPostAfter(chars, i + word.length)) glued = true;
        const named = registeredNameAt(chars, i, i + word.length);
        if (named === "short") glued = true;
        if (named === "registered") registered = true;
        if (speechVerbAt(chars, i + word.length) !== null) speaks = true;
        if (after === "head") headed = true;
        else free = true;
      }
    // a registered name's word that speaks somewhere in the article is a person after all (王大林说);
    // a short name that the article gives a company speaks as the company (金禾认为)
    if (glued || (registered && !speaks) || (headed && !free)) out.add(name);
  }
  return out;
}

/**
 * Legal forms that close a company's registered name (`…装备股份有限公司`). A registered name runs
 * unbroken from its place to its legal form, so a name inside that run is the company's trade name.
 */
export const LEGAL_FORMS = ["股份有限公司", "有限责任公司", "有限公司", "集团有限公司"] as const;
/** Most characters between the trade name and the legal form (its trade: `风电装备股份`, `全屋智能科技`). */
export const MAX_TRADE_LENGTH = 6;
/** Most characters before the trade name in the same run: its place (`浙江`, `北京市`, `内蒙古自治区`). */
export const MAX_PLACE_LENGTH = 6;
/** Words that introduce a company's short name in brackets (`（以下简称“金禾科技”）`). */
export const SHORT_NAME_MARKS = ["简称", "以下称"] as const;
/** Characters that may stand inside a registered name: Han characters only (no punctuation, no space). */
const HAN = /^\p{Script=Han}$/u;
/**
 * Characters that end a name's phrase inside a run of Han characters: function words and the adverbs
 * and verbs of going that follow a subject (`由王大林创办的…有限公司`, `王大林还到天津某某集团有限公司`):
 * such a run is a clause, not a registered name.
 */
const CLAUSE_CHARS = "的是在和与及为由把被了刚才就都也又还已正便到去来赴访向对从往进走看";

/**
 * Whether the name at [start, end) opens, after at most a place, a company's registered name that
 * ends in a legal form (`浙江|金禾|风电装备股份有限公司`: "registered"), or opens a short name in quotes
 * after 简称 (`以下简称“|金禾|科技”`: "short") without being the whole of it. Either way the article
 * calls that word a company; a person's name is neither printed so nor given a short name.
 */
export function registeredNameAt(chars: readonly string[], start: number, end: number): "registered" | "short" | null {
  const quoted = chars[start - 1] === "“" && SHORT_NAME_MARKS.some((mark) => endsBefore(chars, start - 1, mark));
  if (quoted && isNameChar(chars[end])) return "short";
  let from = start;
  while (from > 0 && start - from < MAX_PLACE_LENGTH && isNameChar(chars[from - 1])) from--;
  if (from > 0 && isNameChar(chars[from - 1])) return null;
  for (let at = end + 1; at <= end + MAX_TRADE_LENGTH && isNameChar(chars[at - 1]); at++)
    if (LEGAL_FORMS.some((form) => startsWith(chars, at, form))) return "registered";
  return null;
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && HAN.test(c) && !CLAUSE_CHARS.includes(c);
}

function endsBefore(chars: readonly string[], at: number, word: string): boolean {
  const length = Array.from(word).length;
  return at >= length && startsWith(chars, at - length, word);
}
