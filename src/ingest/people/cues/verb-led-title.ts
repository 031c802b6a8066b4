import { leadingPlace } from "../../people-index/china-places";
import { leadingCountry } from "../../people-index/countries";

/**
 * A verb kept in front of a title read back to its clause start (`发表|中共中央总书记`,
 * `以2∶0战胜|俄罗斯选手`, `发表|中国问题专家`): the reader cuts only the verbs of its opener list
 * (`TITLE_CLAUSE_OPENERS`), and a verb of the dictionary cannot simply be cut, as titles open with
 * such words too (执行董事, 代理市长, 宣传部部长, 交通运输部…). The test is structural: the verb is
 * taken off when its object, right after it, is a place, a country or a proper noun (an organisation)
 * that starts the rest of the title, so the title is that organisation's post. It is not taken off
 * when the verb is the start of a longer word or name (`发展中国家`, `大兴安岭`, `联合国`) or the title
 * itself opens with a place (`大兴区…`).
 */
/** Length of the verbs read: two characters, a common word of CC-CEDICT whose first sense is "to …". */
export const VERB_LENGTH = 2;
/** Longest word looked for at the verb's start (a longer word there holds the verb): the lexicon's longest entry. */
export const MAX_HOLDING_WORD_LENGTH = 8;
/** Longest place or proper noun looked for as the verb's object (内蒙古自治区 is 6). */
export const MAX_OBJECT_LENGTH = 6;
/** Shortest object: two characters (中国, 菲律宾 …; one character is an abbreviation, too loose). */
export const MIN_OBJECT_LENGTH = 2;
/**
 * Longest common word the dictionary lists (its short words): a proper noun of this length or shorter
 * that is a common word too (大学: the Great Learning, and a university: `返乡|大学生`) is no object.
 */
export const MAX_COMMON_OBJECT_LENGTH = 3;

export interface VerbLexicon {
  /** Two- and three-character common words whose first sense is a verb. */
  readonly verbs: ReadonlySet<string>;
  /** Proper nouns (places, organisations, works; never persons). */
  readonly properNouns: ReadonlySet<string>;
  /** Words of the dictionary: a word starting at the verb and longer than it holds the verb. */
  readonly isWord: (word: string) => boolean;
}

/** Where the title from `start` to `end` starts with its leading verb taken off; null when it keeps it. */
export function verbLedTitleStart(
  chars: readonly string[],
  start: number,
  end: number,
  places: ReadonlySet<string>,
  lexicon: VerbLexicon,
): number | null {
  if (end - start <= VERB_LENGTH + MIN_OBJECT_LENGTH) return null;
  const title = chars.slice(start, end).join("");
  const verb = chars.slice(start, start + VERB_LENGTH).join("");
  if (!lexicon.verbs.has(verb)) return null;
  for (let len = Math.min(MAX_HOLDING_WORD_LENGTH, end - start); len > VERB_LENGTH; len--) {
    const word = chars.slice(start, start + len).join("");
    if (lexicon.isWord(word) || lexicon.properNouns.has(word) || places.has(word)) return null;
  }
  if (leadingPlace(title, MAX_OBJECT_LENGTH) !== null || leadingCountry(title) !== null) return null;
  const rest = chars.slice(start + VERB_LENGTH, end).join("");
  if (leadingCountry(rest) !== null || leadingPlace(rest, MAX_OBJECT_LENGTH) !== null) return start + VERB_LENGTH;
  for (let len = Math.min(MAX_OBJECT_LENGTH, rest.length - 1); len >= MIN_OBJECT_LENGTH; len--) {
    const object = chars.slice(start + VERB_LENGTH, start + VERB_LENGTH + len).join("");
    if (len <= MAX_COMMON_OBJECT_LENGTH && lexicon.isWord(object)) continue;
    if (lexicon.properNouns.has(object) || places.has(object)) return start + VERB_LENGTH;
  }
  return null;
}
