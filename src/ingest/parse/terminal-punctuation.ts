/**
 * Whether a line ends a sentence: 。！？… or ： (a paragraph that introduces a list), optionally
 * followed by closing quotes and brackets (`……凝聚力。”`). A closing quote alone (`“精气神”`) does
 * not end a sentence: headlines end that way.
 */
const SENTENCE_END = /[。！？!?…：:][”’」』）)》〉】\]]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Punctuation after which a line cannot end a headline: the sentence goes on. */
const CONTINUES = /[，、；,;]$/u;

export function endsMidSentence(text: string): boolean {
  return CONTINUES.test(text.trimEnd());
}

/** A full stop anywhere: headlines never contain one, body text nearly always does. */
export function containsFullStop(text: string): boolean {
  return /[。]/u.test(text);
}
