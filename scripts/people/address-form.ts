/**
 * A surname with a form of address or a placeholder: 老吴, 小王, 李某, 张某某. Folio's convention
 * is the PFR month's: such a mention is a person of its article (the tagger was trained on a gold
 * that labels them, and the reader meets them quoted like anyone else). The rmrb-web guidelines
 * annotate none of them, so the rmrb-web eval counts them neither way, like the gold's `optional`
 * names, and says how many it passed over.
 */
const OLD_OR_YOUNG = /^[老小]\p{Script=Han}$/u;
const PLACEHOLDER = /^(?!某)\p{Script=Han}{1,2}某{1,2}$/u;

export function isAddressForm(name: string): boolean {
  return OLD_OR_YOUNG.test(name) || PLACEHOLDER.test(name);
}
