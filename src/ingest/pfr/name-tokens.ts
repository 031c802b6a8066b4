import { ALL_COMPOUND_SURNAMES } from "@/text/surnames";
import { isHan } from "@/text/char-class";

/**
 * PFR tags a Chinese name as two tokens, surname and given name (`江/nr 泽民/nr`), and a byline
 * runs several names together with nothing between them (`杜/nr 中武/nr 孙/nr 传刚/nr`). The same
 * grouping as the corpus's gold file (`make-gold.py`, `split_groups`): a one-character or compound
 * surname followed by a given name of one or two characters is one name; any other token stands
 * alone (`克林顿`, a pen name); surname + surname + two-character given name is one married name
 * (`陈/nr 方/nr 安生/nr` → 陈方安生). The tokens are known to be a name, so every compound surname
 * counts, rare ones too (ALL_COMPOUND_SURNAMES, as make-gold.py's list).
 */
export const MAX_GIVEN_NAME_LENGTH = 2;
/** A given name with a rare character written as a composition note (`惠（君音）`) is longer. */
export const MAX_NOTED_GIVEN_NAME_LENGTH = 8;

const allHan = (word: string) => word.length > 0 && Array.from(word).every(isHan);
const length = (word: string) => Array.from(word).length;

/** Token ranges of one run of name tokens, one per name: 江 泽民 李 鹏 → [0,2) [2,4). */
export function groupNameRanges(words: readonly string[]): [number, number][] {
  if (words.length === 3 && words.every(allHan) && words.map(length).join() === "1,1,2") return [[0, 3]];
  const ranges: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const isSurname = allHan(word) && (length(word) === 1 || ALL_COMPOUND_SURNAMES.has(word));
    if (next !== undefined && isSurname && isGivenName(next)) {
      ranges.push([i, i + 2]);
      i++;
    } else {
      ranges.push([i, i + 1]);
    }
  }
  return ranges;
}

/** The names of one run of name tokens: 杜 中武 孙 传刚 → 杜中武, 孙传刚. */
export function groupNameTokens(words: readonly string[]): string[] {
  return groupNameRanges(words).map(([from, to]) => words.slice(from, to).join(""));
}

function isGivenName(word: string): boolean {
  if (word.includes("（") || word.includes("〈")) return length(word) <= MAX_NOTED_GIVEN_NAME_LENGTH;
  return allHan(word) && length(word) <= MAX_GIVEN_NAME_LENGTH;
}
