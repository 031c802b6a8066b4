/**
 * Character grams, the index's terms. A "run" is a maximal stretch of folded text without a space
 * or line break (folded text keeps spaces only between Latin words, line breaks between fields).
 * Every two adjacent characters of a run are a bigram, across scripts (`2月`, `g20`) and across
 * punctuation (`生、`, `、陈`: a pasted `先生、陈` finds its candidates as precisely as any word);
 * every word character (letter, digit) is also a unigram. A query word of one or two characters
 * is then answered by one posting list, exactly; a longer one by the intersection of its bigrams
 * and a substring check.
 */

/** BMP code points: 0 not yet classified, 1 word character, 2 not (a table: builds test ~10⁹ of them). */
const bmpWordChars = new Uint8Array(0x10000);
const astralWordChars = new Map<number, boolean>();

const classify = (cp: number): boolean => /^[\p{L}\p{N}\p{M}]$/u.test(String.fromCodePoint(cp));

export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    let v = bmpWordChars[cp]!;
    if (v === 0) bmpWordChars[cp] = v = classify(cp) ? 1 : 2;
    return v === 1;
  }
  let w = astralWordChars.get(cp);
  if (w === undefined) astralWordChars.set(cp, (w = classify(cp)));
  return w;
}

/** Characters that end a run: whitespace, of which folded text has only spaces and line breaks. */
function endsRun(cp: number): boolean {
  return cp === 0x20 || cp === 0x0a || cp === 0x09 || cp === 0x0d || cp === 0x3000;
}

/** Walks folded text and reports each unigram and each bigram (with repeats: callers dedupe). */
export function forEachGram(
  folded: string,
  unigram: (cp: number) => void,
  bigram: (a: number, b: number) => void,
): void {
  let prev = -1;
  for (let i = 0; i < folded.length;) {
    const cp = folded.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (endsRun(cp)) {
      prev = -1;
      continue;
    }
    if (isWordCodePoint(cp)) unigram(cp);
    if (prev >= 0) bigram(prev, cp);
    prev = cp;
  }
}

/** The runs of folded text between whitespace, as arrays of code points. */
export function runsOf(folded: string): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const ch of folded) {
    const cp = ch.codePointAt(0)!;
    if (!endsRun(cp)) {
      run.push(cp);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The grams every occurrence of a folded query word is sure to have, deduplicated. */
export function queryGrams(word: string): string[] {
  const grams = new Set<string>();
  for (const run of runsOf(word)) {
    // A lone character is indexed alone only if it is a letter or digit (query words never are
    // lone punctuation: their edges are trimmed).
    if (run.length === 1 && isWordCodePoint(run[0]!)) grams.add(String.fromCodePoint(run[0]!));
    for (let k = 1; k < run.length; k++) grams.add(String.fromCodePoint(run[k - 1]!, run[k]!));
  }
  return [...grams];
}

/** Numeric key of a gram, as the index builder counts them (a code point < 0x110000 per place). */
export function gramKey(a: number, b?: number): number {
  return b === undefined ? a : a * 0x110000 + b;
}

export function gramOfKey(key: number): string {
  return key < 0x110000 ? String.fromCodePoint(key) : String.fromCodePoint(Math.floor(key / 0x110000), key % 0x110000);
}
