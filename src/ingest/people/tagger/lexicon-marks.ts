import { REPORTER_ROLES } from "@/ingest/parse/byline";
import { TITLE_HEADS, TITLES_AFTER_NAME } from "../cues/title-words";
import { AFTER_NAME_GROUP_WORDS, HONORIFICS, SPEECH_VERBS } from "../cues/speech-verbs";

/**
 * Marks where cue words end and start in a sentence, for the tagger's lexicon features: a title
 * ending right before a position says "a name may start here"; a speech verb starting two places
 * on says "a two-character name may end here". The tagger learns how much each cue is worth.
 *
 * The words come from the cue lists the rules read (titles, reporters' roles, speech verbs …),
 * which grow with every rule. A model is trained on the lists of its day, so it stores them
 * (`CueMarker.entries`, in the model file) and reads its own at run time: a word added for a rule
 * later changes the rules, never the tagger's features under a model that did not learn it (until
 * the next training). A model file older than that (session 42) has none and reads the live lists.
 */
export const enum Cue {
  None = 0,
  Title,
  Reporter,
  TitleAfter,
  Speech,
  Honorific,
  Group,
}

/** The highest cue value a model file may hold. */
export const MAX_CUE = Cue.Group;

/** The cue words of a marker: the words before a name and after it, each with its cue. */
export interface CueWords {
  before: [string, Cue][];
  after: [string, Cue][];
}

/** Finds cue words in sentences; built once per model (or once for the live lists). */
export class CueMarker {
  private readonly before: ReadonlyMap<string, Cue>;
  private readonly after: ReadonlyMap<string, Cue>;
  private readonly maxWord: number;
  /** Every proper prefix of a cue word (one character or more): a scan stops at the first text that begins none. */
  private readonly prefixes: ReadonlySet<string>;

  constructor(words: CueWords) {
    for (const [word, cue] of [...words.before, ...words.after]) {
      if (word.length === 0 || !Number.isInteger(cue) || cue <= Cue.None || cue > MAX_CUE) {
        throw new Error(`cue word "${word}" has no valid cue (${String(cue)})`);
      }
    }
    this.before = new Map(words.before);
    this.after = new Map(words.after);
    const all = [...this.before.keys(), ...this.after.keys()];
    this.maxWord = Math.max(0, ...all.map((w) => w.length));
    this.prefixes = new Set(all.flatMap((w) => Array.from({ length: w.length - 1 }, (_, k) => w.slice(0, k + 1))));
  }

  /** The words and their cues, sorted (what a model file stores). */
  entries(): CueWords {
    const sorted = (m: ReadonlyMap<string, Cue>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { before: sorted(this.before), after: sorted(this.after) };
  }

  /**
   * For each position i: `endsAt[i]` the cue of the longest word ending at i (inclusive),
   * `startsAt[i]` the cue of the longest word starting at i.
   */
  marks(text: string, offsets: Int32Array): { endsAt: Uint8Array; startsAt: Uint8Array } {
    const n = offsets.length - 1;
    const endsAt = new Uint8Array(n);
    const startsAt = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      // Shortest first: a longer word starting at i overrides a shorter one; for the end marks, the
      // word from the earliest start (the longest) is seen first, since starts are visited in order.
      for (let len = 1; len <= Math.min(this.maxWord, n - i); len++) {
        const w = text.slice(offsets[i]!, offsets[i + len]!);
        const cue = this.after.get(w);
        if (cue !== undefined) startsAt[i] = cue;
        const before = this.before.get(w);
        if (before !== undefined && endsAt[i + len - 1] === Cue.None) endsAt[i + len - 1] = before;
        if (!this.prefixes.has(w)) break;
      }
    }
    return { endsAt, startsAt };
  }
}

/** The cue words as the code's lists give them today (later lists override earlier ones). */
function liveCueWords(): CueWords {
  const before = new Map<string, Cue>();
  for (const w of TITLE_HEADS) before.set(w, Cue.Title);
  for (const w of REPORTER_ROLES) before.set(w, Cue.Reporter);
  before.set("摄", Cue.Reporter);
  const after = new Map<string, Cue>();
  for (const w of AFTER_NAME_GROUP_WORDS) after.set(w, Cue.Group);
  for (const w of HONORIFICS) after.set(w, Cue.Honorific);
  for (const w of SPEECH_VERBS) after.set(w, Cue.Speech);
  for (const w of TITLES_AFTER_NAME) after.set(w, Cue.TitleAfter);
  after.set("摄", Cue.Reporter);
  return { before: [...before], after: [...after] };
}

/** The marker of the live lists: what training stores, and what a model without its own words reads. */
export const LIVE_CUE_MARKER = new CueMarker(liveCueWords());

/** Cue marks of a sentence with a model's marker, or the live lists' when it has none. */
export function lexiconMarks(
  text: string,
  offsets: Int32Array,
  marker: CueMarker = LIVE_CUE_MARKER,
): { endsAt: Uint8Array; startsAt: Uint8Array } {
  return marker.marks(text, offsets);
}
