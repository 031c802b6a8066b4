import { isHan } from "@/text/char-class";
import { isChineseNameShaped } from "./name-shape";
import { titleAfter } from "./title-phrase";

/**
 * A name before a title written after it (`…总书记`, `…代表`) whose surname closes a word with the
 * character before it: `落实习近平总书记` reads 落实 and 实习 both, and the tagger, which knows the
 * word 实习 and not the name, gives 习近平 no chance there (0.000), while `学习习近平总书记` it reads
 * (0.85). The slot says where the name ends and its shape where it starts; the word across its
 * first edge is what kept the tagger from it, so the caller reads the text again from the name's
 * first character, without the word (see word-edge-names.ts).
 */
/**
 * The name's length: a surname and two characters. Two-character candidates are mostly the end of
 * an organisation's word read from its middle (办|公室主任, 工|程院院长); on days 1–20 they added
 * only such fragments.
 */
export const WORD_EDGE_NAME_LENGTH = 3;

export interface WordEdgeCandidate {
  start: number;
  end: number;
}

/**
 * The two-character words of a word list, by their first character: asked at every position of a
 * text, where joining the two characters into a new string to look it up made garbage. Built once
 * per list (the model's lexicon).
 */
const PAIRS = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, ReadonlySet<string>>>();
function pairsOf(words: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  let pairs = PAIRS.get(words);
  if (pairs === undefined) {
    const byFirst = new Map<string, Set<string>>();
    for (const word of words) {
      if (word.length > 4) continue; // two characters are at most four UTF-16 units
      const [first, second, ...rest] = Array.from(word);
      if (second === undefined || rest.length > 0) continue;
      const seconds = byFirst.get(first!) ?? new Set<string>();
      seconds.add(second);
      byFirst.set(first!, seconds);
    }
    pairs = byFirst;
    PAIRS.set(words, pairs);
  }
  return pairs;
}

/** Name-shaped runs before a title whose first character makes a word with the one before, itself the end of a word. */
export function wordEdgeCandidates(chars: readonly string[], words: ReadonlySet<string>): WordEdgeCandidate[] {
  const out: WordEdgeCandidate[] = [];
  const pairs = pairsOf(words);
  const isPair = (first: string, second: string) => pairs.get(first)?.has(second) === true;
  // the title test first: one lookup by the character after the name (titleAfter), and it rarely passes
  for (let start = 2; start + WORD_EDGE_NAME_LENGTH <= chars.length; start++) {
    const end = start + WORD_EDGE_NAME_LENGTH;
    if (titleAfter(chars, end) === null) continue;
    if (!isHan(chars[start - 1]!)) continue;
    // the character before closes a word of its own too (落实|习): the edge is ambiguous, not inside a word
    if (!isPair(chars[start - 1]!, chars[start]!) || !isPair(chars[start - 2]!, chars[start - 1]!)) continue;
    // a given name that is a word is a word read from the middle of a phrase (到|任驻华大使)
    if (words.has(chars.slice(start + 1, end).join(""))) continue;
    if (isChineseNameShaped(chars.slice(start, end))) out.push({ start, end });
  }
  return out;
}
