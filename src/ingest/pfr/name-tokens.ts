import { COMPOUND_SURNAMES } from "@/text/surnames";
import { isHan } from "@/text/char-class";

/**
 * PFR tags a Chinese name as two tokens, surname and given name (`江/nr 泽民/nr`), and a byline
 * runs several names together with nothing between them (`杜/nr 中武/nr 孙/nr 传刚/nr`). The same
 * grouping as the corpus's gold file (`make-gold.py`, `split_groups`): a one-character or compound
 * surname followed by a given name of one or two characters is one name; any other token stands
 * alone (`克林顿`, a pen name); surname + surname + two-character given name is one married name
 * (`陈/nr 方/nr 安生/nr` → 陈方安生).
 */
export const MAX_GIVEN_NAME_LENGTH = 2;
/** A given name with a rare character written as a composition note (`惠（君音）`) is longer. */
export const MAX_NOTED_GIVEN_NAME_LENGTH = 8;

const allHan = (word: string) => word.length > 0 && Array.from(word).every(isHan);
const length = (word: string) => Array.from(word).length;

export function groupNameTokens(words: readonly string[]): string[] {
  if (words.length === 3 && words.every(allHan) && words.map(length).join() === "1,1,2") return [words.join("")];
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const isSurname = allHan(word) && (length(word) === 1 || COMPOUND_SURNAMES.has(word));
    if (next !== undefined && isSurname && isGivenName(next)) {
      names.push(word + next);
      i++;
    } else {
      names.push(word);
    }
  }
  return names;
}

function isGivenName(word: string): boolean {
  if (word.includes("（") || word.includes("〈")) return length(word) <= MAX_NOTED_GIVEN_NAME_LENGTH;
  return allHan(word) && length(word) <= MAX_GIVEN_NAME_LENGTH;
}
