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
    if (description === null) break;
    const start = at - 1 - Array.from(description).length;
    // a description trimmed in front (a verb, a number) is no item of the chain
    if (start > 0 && chars[start - 1] !== CHAIN_SEPARATOR && !isItemStart(chars[start - 1]!)) break;
    chain.unshift(description);
    at = start;
  }
  return chain;
}

/** Characters a chain's first item may follow: a clause's punctuation. */
function isItemStart(ch: string): boolean {
  return /[，。；：！？“”「」（）\s]/u.test(ch);
}
