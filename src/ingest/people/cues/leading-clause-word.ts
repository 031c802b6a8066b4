/**
 * A name the tagger ran on over the word before it, a conjunction, preposition or adverb that opens
 * what follows (`而郑弘、曹大元…`, `同刘志丹、谢子长等`, `即马克思、恩格斯`, `如克劳斯、博斯科夫斯基`):
 * the character is no name's first one (of the 10,657 names of days 1–20 of the PFR month none
 * starts with one of them, while 由, 应, 和, 于 and 曾 do start names: surnames, left out). The
 * character goes; the rest stays a name only if the tagger reads it as one there
 * (`LEADING_WORD_REST_MIN_PROBABILITY`), else the whole mention goes (`即草岚子监狱`, `到嘉兴考察`).
 * Four folds of days 1–20: scripts/people/README.md, session 32 fourth part.
 */
export const CLAUSE_OPENERS = "而即如与同到来为";

/**
 * The tagger's probability for the rest being a name where it stands: 郑弘 after 而 is well above
 * it, a place or a thing (草岚子 of a prison's name) below.
 */
export const LEADING_WORD_REST_MIN_PROBABILITY = 0.0001;

/** How many characters before a name of `start`…`end` are the clause's opening word (0 or 1). */
export function leadingClauseWord(chars: readonly string[], start: number, end: number): number {
  return end - start >= 3 && CLAUSE_OPENERS.includes(chars[start]!) ? 1 : 0;
}
