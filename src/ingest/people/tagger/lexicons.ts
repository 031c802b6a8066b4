import { EntryTrie } from "./entry-trie";
import type { CueMarker } from "./lexicon-marks";

/**
 * Word lists the tagger consults: person names, places and organisations, and common words, as
 * learned from the training corpus and stored in the model file. A list match is evidence, not a
 * decision: the tagger weighs "this is a known name" or "a common word starts right after" against
 * everything else it sees, so a known name can still be a place in context.
 */
export interface Lexicons {
  names: ReadonlySet<string>;
  places: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /**
   * How often each character starts a name and how often it continues one, as two bins
   * (share bins `first << 4 | rest`, count bins `firstCount << 12 | restCount << 8`): lets the tagger generalise from the names it saw to
   * names it did not (樊纲 is new; 樊 starts names, 纲 ends them).
   */
  charBins: ReadonlyMap<string, number>;
  /**
   * Each character's cluster (1…k), learned from unannotated modern text by
   * `scripts/people/build-char-clusters.ts` (characters that stand in the same places share one);
   * absent or without the character: 0.
   */
  charClusters?: ReadonlyMap<string, number>;
  /**
   * Names found with confidence elsewhere in the same article (document-level consistency): they
   * count as known names for this article only, read beside `names` rather than copied into it.
   */
  documentNames?: ReadonlySet<string>;
  /**
   * The cue words (titles, speech verbs …) the model was trained with, read for its cue features;
   * absent (a model older than session 42, or lists built in a test): the code's live lists.
   */
  cueMarker?: CueMarker;
}

export const EMPTY_LEXICONS: Lexicons = { names: new Set(), places: new Set(), words: new Set(), charBins: new Map() };

/** A character seen fewer times than this has no bin (bin 0): its share would be noise. */
export const MIN_CHAR_COUNT = 3;
/** Bin edges of the share of a character's occurrences that are in a name (first or later). */
const SHARE_EDGES = [0.002, 0.01, 0.03, 0.1, 0.25, 0.5, 0.75, 0.9];

/** The bin (0–5) of how many times a character was seen in names: 0, 1, 2–3, 4–15, 16–63, 64+. */
export function nameCountBin(inName: number): number {
  return inName === 0 ? 0 : inName === 1 ? 1 : inName < 4 ? 2 : inName < 16 ? 3 : inName < 64 ? 4 : 5;
}

/** The bin (1–9) of `inName` occurrences out of `total`, or 0 when the character is too rare. */
export function nameCharBin(inName: number, total: number): number {
  if (total < MIN_CHAR_COUNT) return 0;
  const share = inName / total;
  let bin = 1;
  while (bin <= SHARE_EDGES.length && share >= SHARE_EDGES[bin - 1]!) bin++;
  return bin;
}

/** Longest entry we look up, in UTF-16 units (longer names are rare and need no list). */
export const MAX_LEXICON_ENTRY = 8;
/** Lengths are capped in features: a 7-letter match says no more than a 6-letter one. */
const LENGTH_CAP = 6;

export interface LexiconMatches {
  /** Length (capped) of the longest entry starting at each position, 0 if none. */
  startLen: Uint8Array;
  /** Length (capped) of the longest entry ending at each position. */
  endLen: Uint8Array;
}

/** Longest-match marks of one list over a sentence (`offsets[i]`: UTF-16 offset of position i). */
export function matchLexicon(text: string, offsets: Int32Array, entries: ReadonlySet<string>): LexiconMatches {
  const n = offsets.length - 1;
  const startLen = new Uint8Array(n);
  const endLen = new Uint8Array(n);
  if (entries.size === 0) return { startLen, endLen };
  const trie = trieOf(entries);
  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    let node = 0;
    let unit = from;
    // Position by position (an entry is whole characters), code unit by code unit within each.
    for (let len = 1; i + len <= n; len++) {
      const to = offsets[i + len]!;
      if (to - from > MAX_LEXICON_ENTRY) break;
      for (; unit < to && node >= 0; unit++) node = trie.child(node, text.charCodeAt(unit));
      if (node < 0) break; // no entry starts with these characters
      if (len >= 2 && trie.isEntry(node)) {
        const capped = Math.min(len, LENGTH_CAP);
        if (capped > startLen[i]!) startLen[i] = capped;
        if (capped > endLen[i + len - 1]!) endLen[i + len - 1] = capped;
      }
    }
  }
  return { startLen, endLen };
}

/** The marks of two lists read as one: the longer match at each position. */
export function longerMatches(a: LexiconMatches, b: LexiconMatches): LexiconMatches {
  return {
    startLen: a.startLen.map((len, i) => Math.max(len, b.startLen[i]!)),
    endLen: a.endLen.map((len, i) => Math.max(len, b.endLen[i]!)),
  };
}

const triesByList = new WeakMap<ReadonlySet<string>, EntryTrie>();

/** A list's entries as a trie, built once per list (an article's own names: once per article). */
function trieOf(entries: ReadonlySet<string>): EntryTrie {
  let trie = triesByList.get(entries);
  if (trie === undefined) {
    trie = new EntryTrie(entries, MAX_LEXICON_ENTRY);
    triesByList.set(entries, trie);
  }
  return trie;
}
