import { REPORTER_ROLES } from "@/ingest/parse/byline";
import { TITLE_HEADS, TITLES_AFTER_NAME } from "../cues/title-words";
import { AFTER_NAME_GROUP_WORDS, HONORIFICS, SPEECH_VERBS } from "../cues/speech-verbs";

/**
 * Marks where cue words end and start in a sentence, for the tagger's lexicon features: a title
 * ending right before a position says "a name may start here"; a speech verb starting two places
 * on says "a two-character name may end here". The tagger learns how much each cue is worth.
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

const BEFORE = new Map<string, Cue>();
for (const w of TITLE_HEADS) BEFORE.set(w, Cue.Title);
for (const w of REPORTER_ROLES) BEFORE.set(w, Cue.Reporter);
BEFORE.set("摄", Cue.Reporter);

const AFTER = new Map<string, Cue>();
for (const w of AFTER_NAME_GROUP_WORDS) AFTER.set(w, Cue.Group);
for (const w of HONORIFICS) AFTER.set(w, Cue.Honorific);
for (const w of SPEECH_VERBS) AFTER.set(w, Cue.Speech);
for (const w of TITLES_AFTER_NAME) AFTER.set(w, Cue.TitleAfter);
AFTER.set("摄", Cue.Reporter);

const MAX_WORD = Math.max(...[...BEFORE.keys(), ...AFTER.keys()].map((w) => w.length));

/** Every proper prefix of a cue word (one character or more): a scan stops at the first text that begins none. */
const PREFIXES = new Set(
  [...BEFORE.keys(), ...AFTER.keys()].flatMap((w) => Array.from({ length: w.length - 1 }, (_, k) => w.slice(0, k + 1))),
);

/**
 * For each position i: `endsAt[i]` the cue of the longest lexicon word ending at i (inclusive),
 * `startsAt[i]` the cue of the longest word starting at i.
 */
export function lexiconMarks(text: string, offsets: Int32Array): { endsAt: Uint8Array; startsAt: Uint8Array } {
  const n = offsets.length - 1;
  const endsAt = new Uint8Array(n);
  const startsAt = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // Shortest first: a longer word starting at i overrides a shorter one; for the end marks, the
    // word from the earliest start (the longest) is seen first, since starts are visited in order.
    for (let len = 1; len <= Math.min(MAX_WORD, n - i); len++) {
      const w = text.slice(offsets[i]!, offsets[i + len]!);
      const cue = AFTER.get(w);
      if (cue !== undefined) startsAt[i] = cue;
      const before = BEFORE.get(w);
      if (before !== undefined && endsAt[i + len - 1] === Cue.None) endsAt[i + len - 1] = before;
      if (!PREFIXES.has(w)) break;
    }
  }
  return { endsAt, startsAt };
}
