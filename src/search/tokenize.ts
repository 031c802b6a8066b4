/**
 * Character grams, the index's terms. A "run" is a maximal stretch of word characters (letters of
 * any script, digits) in folded text; punctuation, spaces and line breaks end a run. Every
 * character is a unigram and every two adjacent characters of a run are a bigram, across scripts
 * (`2月`, `g20`): a query word of one or two characters is then answered by one posting list,
 * exactly, and longer words by the intersection of their bigrams plus a substring check.
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
    if (!isWordCodePoint(cp)) {
      prev = -1;
      continue;
    }
    unigram(cp);
    if (prev >= 0) bigram(prev, cp);
    prev = cp;
  }
}

/** The runs of word characters in folded text, as arrays of code points. */
export function runsOf(folded: string): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const ch of folded) {
    const cp = ch.codePointAt(0)!;
    if (isWordCodePoint(cp)) {
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
    if (run.length === 1) grams.add(String.fromCodePoint(run[0]!));
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
