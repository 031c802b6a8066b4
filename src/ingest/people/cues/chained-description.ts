import { isHan } from "@/text/char-class";
import { chainOpeningItem } from "./chain-opening-item";
/**
 * The posts printed before a description in a 、 chain: `国家支援湖北医疗队队员、北京医院保健医疗部护士王媛媛`
 * → 国家支援湖北医疗队队员, 北京医院保健医疗部护士; `中共中央政治局常委、国务院副总理、中沙…委员会中方牵头人韩正`
 * → all three. The title parser reads a chain only while every item is a known title, so a chain
 * whose last item is a description (read on its own before the name) lost every item before it.
 * Each item back from the description's 、 is the titles ending there (with any chain or comma
 * they read themselves; then the chain is done) or else a description ending there.
 */
/** At most this many descriptions are read back through a chain (a longer run is a list of things). */
export const MAX_CHAINED_DESCRIPTIONS = 3;
const CHAIN_SEPARATOR = "、";

/**
 * The roles printed before a description starting at `descriptionStart`, in text order, given how to
 * read the titles (`titlesEndingAt`) and a description (`descriptionEndingAt`) ending at a position.
 * Empty when the description does not follow a 、.
 */
export function chainBeforeDescription(
  chars: readonly string[],
  descriptionStart: number,
  titlesEndingAt: (end: number) => string[],
  descriptionEndingAt: (end: number) => string | null,
  isNameEnd?: (end: number) => boolean,
): string[] {
  const chain: string[] = [];
  let at = descriptionStart;
  for (let described = 0; chars[at - 1] === CHAIN_SEPARATOR; described++) {
    const titles = titlesEndingAt(at - 1);
    if (titles.length > 0) {
      chain.unshift(...titles);
      break;
    }
    if (described === MAX_CHAINED_DESCRIPTIONS) break;
    const description = descriptionEndingAt(at - 1);
    const start = description === null ? -1 : at - 1 - Array.from(description).length;
    // a description trimmed in front (a verb, a number, a 的-phrase) is no item of the chain; an opening
    // item the description reader leaves or cuts (`今年的某赛冠军、`, `向赛会二号种子、`) is its first
    if (
      description === null ||
      (start > 0 && chars[start - 1] !== CHAIN_SEPARATOR && !isItemStart(chars[start - 1]!))
    ) {
      const opening = chainOpeningItem(chars, at - 1, description === null ? null : start, isNameEnd);
      if (opening !== null) chain.unshift(opening);
      break;
    }
    chain.unshift(description);
    at = start;
  }
  return chain;
}

/** Characters a chain's first item may follow: a clause's punctuation. */
function isItemStart(ch: string): boolean {
  return /[，。；：！？“”「」（）\s]/u.test(ch);
}

/**
 * The descriptions printed before a chain of titles that ends at `nameStart` (`学校扶贫干部、云县挂职副县长张健`
 * → 学校扶贫干部 before 云县挂职副县长; `中国环科院博士、高级工程师`): the title parser's chain stops at an
 * item that is no known title, so the description in front was lost. Read as `chainBeforeDescription`
 * reads the items before a description: each a description that is a whole item (after a clause's
 * punctuation or another 、), at most `MAX_CHAINED_DESCRIPTIONS`. Only a chain printed right before the
 * name, its titles joined by 、 and nothing else (not one read across a comma), is read on; a chain
 * whose first description follows a quoted or bracketed term (`“友谊勋章”获得者、`) gives nothing.
 */
/** Closing quotes and brackets: a description right after one that closes a term is cut from it. */
const CLOSERS = "”」》）";

export function chainBeforeTitles(
  chars: readonly string[],
  nameStart: number,
  titles: readonly string[],
  titlesEndingAt: (end: number) => string[],
  descriptionEndingAt: (end: number) => string | null,
  isNameEnd?: (end: number) => boolean,
): string[] {
  if (titles.length === 0) return [];
  const printed = titles.join(CHAIN_SEPARATOR);
  const start = nameStart - Array.from(printed).length;
  if (start < 1 || chars.slice(start, nameStart).join("") !== printed) return [];
  const chain = chainBeforeDescription(chars, start, titlesEndingAt, descriptionEndingAt, isNameEnd);
  // a description after a quoted or bracketed term (`“友谊勋章”获得者`) is the end of a longer phrase;
  // after a quoted sentence (`…。”学校扶贫干部、`) it opens the clause
  const first = start - chain.reduce((n, item) => n + Array.from(item).length + 1, 0);
  const afterTerm = CLOSERS.includes(chars[first - 1] ?? "") && isHan(chars[first - 2] ?? "");
  return chain.length > 0 && afterTerm ? [] : chain;
}
