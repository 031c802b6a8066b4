import {
  ADMIN_LEVEL_CHARS,
  MAX_KNOWN_PLACE_LENGTH,
  ORGANISATION_UNITS,
  ROLE_ONLY_HEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_UNITS,
  TITLES_AFTER_NAME,
  UNKNOWN_PLACE_LENGTH,
} from "./title-words";
import { isBoundaryChar, startsClause } from "./boundaries";
import { organisationNameStart } from "./organisation-name";
import { clauseTitleStart } from "./title-clause";
import { endsNameBefore } from "./place-end-unit";
import { joinedOrganisationStart } from "./joined-organisation";
import { holdsAspectParticle } from "./aspect-particle";
import { stationedTitleStart } from "./stationed-title";
import { publicationTitleStart } from "./publication-title";
import { partyPrefixStart } from "./party-prefix";
import { publicationPostStart } from "./publication-post";
import { charsAt } from "./chars-at";
import { ministerTitleStart } from "./minister-title";
import { unitNamedPostStart } from "./unit-named-post";
import { quotedBodyStart } from "./quoted-body";
import { outerPlaceStart } from "./outer-place";
import { placeLedTitleStart } from "./place-led-title";
import { villageNameStart } from "./village-name";
import { properNounLedTitleStart } from "./proper-noun-led-title";
import { agentHeadTitleStart } from "./agent-head";
import { possessiveOrganisationStart } from "./possessive-organisation";
import { tenureTitleStart } from "./tenure-title";
import { afterDatelineStart } from "./dateline-close";
import { latinLedTitleStart } from "./latin-led-title";
import { numberLedTitleStart } from "./number-led-title";
import { verbLedTitleStart, type VerbLexicon } from "./verb-led-title";
import { leadingAdverbialEnd } from "./leading-adverbial";
import { bracketedAliasStart } from "./bracketed-alias";
import { nearnessWordEndsAt } from "./locative-before-place";
import { companyRegionTitleStart } from "./company-region-title";
import { opensWithFrom, possessivePlaceStart } from "./possessive-place";
import { functionCharProperNounStart } from "./function-char-proper-noun";
import { functionCharWordStart } from "./function-char-word";
import { concurrentTitleStart } from "./concurrent-title";
import { projectOwnerStart } from "./project-owner";
import { markedOrganisationStart } from "./marked-organisation-name";
import { whenClauseEnd } from "./when-clause";
import { townshipOwnerStart } from "./township-owner";
import { townNameStart } from "./town-name";
import { brandLedCompanyStart } from "./brand-led-company";

/**
 * Reads the titles a text gives a name, as the spec writes them: `茂南区委书记廖述毅` → 茂南区委书记;
 * `区委副书记、区长吕国记` → 区委副书记, 区长; `区委常委、组织部部长、党校校长，区直机关工委书记杨华靖`
 * → all four; `习近平总书记` → 总书记 (after the name). A title is parsed right to left:
 * head (书记), modifiers (副), units (区委, 组织部), then a place (茂南) that starts at a boundary.
 * An organisation's unit (局, 医院, 馆) takes the organisation's own name and its owner too
 * (`平安县卫生健康局局长`, `县人民医院院长`), and a place may sit in a place (`平安县城关镇`).
 */
const MAX_UNITS = 4;
/**
 * A word list, the longest first, with each word's characters: compared in place with the text
 * (slicing and joining a window at every call made garbage in the import's hot path).
 */
export interface WordList {
  words: readonly string[];
  chars: readonly (readonly string[])[];
  /**
   * The indexes of the words ending in each character, in list order: a word can only end where its
   * last character stands, so a lookup reads the few words ending in the character there, not all.
   */
  byLast: ReadonlyMap<string, readonly number[]>;
  /** The same by first character, for words read forwards from a position. */
  byFirst: ReadonlyMap<string, readonly number[]>;
}
/** Each word's index under one of its characters, in list order. */
function indexBy(chars: readonly (readonly string[])[], pick: (word: readonly string[]) => string | undefined) {
  const index = new Map<string, number[]>();
  chars.forEach((word, k) => {
    const c = pick(word);
    if (c === undefined) return;
    const ks = index.get(c);
    if (ks === undefined) index.set(c, [k]);
    else ks.push(k);
  });
  return index;
}
export const byLength = (list: readonly string[]): WordList => {
  const words = [...list].sort((a, b) => b.length - a.length);
  const chars = words.map((w) => Array.from(w));
  return {
    words,
    chars,
    byLast: indexBy(chars, (w) => w[w.length - 1]),
    byFirst: indexBy(chars, (w) => w[0]),
  };
};
const HEADS = byLength([...TITLE_HEADS, ...ROLE_ONLY_HEADS]);
/** The last characters of the heads: a head ends at a position only where one of them stands before it. */
const HEAD_LAST_CHARS: ReadonlySet<string> = new Set(HEADS.chars.map((c) => c[c.length - 1]!));

/**
 * Whether a title's head could end at `end` (the character before it ends some head): one set
 * lookup, so a cue that looks at every position can skip those where `titleEndingAt` must fail.
 */
export function titleHeadMayEndAt(chars: readonly string[], end: number): boolean {
  const last = chars[end - 1];
  return last !== undefined && HEAD_LAST_CHARS.has(last);
}
const MODIFIERS = byLength(TITLE_MODIFIERS);
const UNITS = byLength(TITLE_UNITS);
const AFTER = byLength(TITLES_AFTER_NAME);
/** How many characters before `end` `wordEndingAt` looks at (a longer word never matches). */
const BEFORE_WINDOW = 6;
/** How many characters after a name `titleAfter` looks at (a longer title never matches). */
const AFTER_WINDOW = 4;

/** The longest word of `list` that ends at `end` in `chars` (`end` within the text), within the window. */
export function wordEndingAt(chars: readonly string[], end: number, list: WordList): string | null {
  const last = Math.min(end, chars.length);
  const first = Math.max(0, end - BEFORE_WINDOW);
  const ks = last > 0 ? list.byLast.get(chars[last - 1]!) : undefined;
  if (ks === undefined) return null;
  for (const k of ks) {
    const word = list.chars[k]!;
    if (last - word.length >= first && charsAt(chars, last - word.length, word)) return list.words[k]!;
  }
  return null;
}

/** The title head (秘书, 特使, 主席) ending right at `end`, with no owner asked for, or null. */
export function titleHeadEndingAt(chars: readonly string[], end: number): string | null {
  return titleHeadMayEndAt(chars, end) ? wordEndingAt(chars, end, HEADS) : null;
}

/** One title ending at `end` → where it starts, or null when no title head ends there. */
export function titleEndingAt(
  chars: readonly string[],
  end: number,
  places: ReadonlySet<string> = new Set(),
): number | null {
  const head = wordEndingAt(chars, end, HEADS);
  if (head === null) return null;
  let at = end - Array.from(head).length;
  const modifier = wordEndingAt(chars, at, MODIFIERS);
  if (modifier !== null) at -= Array.from(modifier).length;
  let leftmostUnit: string | null = null;
  let nameEndsHere = false;
  for (let u = 0; u < MAX_UNITS; u++) {
    const unit = wordEndingAt(chars, at, UNITS);
    if (unit === null) break;
    if (modifier === null || leftmostUnit !== null) {
      nameEndsHere = endsNameBefore(unit, leftmostUnit ?? head);
      if (nameEndsHere) break;
    }
    at -= Array.from(unit).length;
    leftmostUnit = unit;
  }
  if (nameEndsHere && (leftmostUnit === null || !ORGANISATION_UNITS.includes(leftmostUnit))) {
    const adminLed = ADMIN_LEVEL_CHARS.includes((leftmostUnit ?? head)[0]!);
    return (
      ownerStart(chars, at, places) ??
      (adminLed ? ownerStart(chars, at + 1, places) : null) ??
      clauseTitleStart(chars, at, end)
    );
  }
  if (leftmostUnit !== null && ORGANISATION_UNITS.includes(leftmostUnit)) {
    const owner = (ownerEnd: number) => ownerStart(chars, ownerEnd, places);
    const start = owner(at) ?? organisationNameStart(chars, at, owner);
    if (start !== null) return start;
    return clauseTitleStart(chars, at, end);
  }
  if (leftmostUnit !== null && ADMIN_LEVEL_CHARS.includes(leftmostUnit[0]!))
    return ownerStart(chars, at + 1, places) ?? villageNameStart(chars, at) ?? townNameStart(chars, at) ?? at;
  const known = knownPlaceLength(chars, at, places);
  // a head or a body's unit cut inside a word (中宣|部部长, 国家|主席): read on to the clause start
  if (known === 0) return clauseTitleStart(chars, at, end);
  return (
    stationedTitleStart(chars, at - known, end, places) ??
    outerPlaceStart(at - known, (k) => knownPlaceLength(chars, k, places))
  );
}

/**
 * Where the owner of an organisation starts when it ends at `end`: a known place (北京), a place
 * with its admin level (平安县, 平安县城关镇), or an admin level alone at a boundary (`，县人民医院`:
 * the paper's own county); null when none ends there.
 */
function ownerStart(chars: readonly string[], end: number, places: ReadonlySet<string>): number | null {
  const admin = chars[end - 1];
  if (admin === undefined || !ADMIN_LEVEL_CHARS.includes(admin)) {
    const known = knownPlaceLength(chars, end, places);
    if (known === 0) return null;
    // a place written inside a place (`武汉|协和医院`, `北京|朝阳医院`): the title starts at the outer one
    let start = end - known;
    for (let outer = knownPlaceLength(chars, start, places); outer > 0; outer = knownPlaceLength(chars, start, places))
      start -= outer;
    return start;
  }
  const place = placeLengthBefore(chars, end - 1, admin, places);
  if (place > 0) {
    const start = end - 1 - place;
    if (!ADMIN_LEVEL_CHARS.includes(chars[start - 1] ?? "")) return start;
    return ownerStart(chars, start, places) ?? start;
  }
  if (isBoundaryChar(chars[end - 2])) return end - 1;
  // 平安县城关|镇: two characters after another place's admin level
  const inner = end - 1 - UNKNOWN_PLACE_LENGTH;
  if (inner > 0 && ADMIN_LEVEL_CHARS.includes(chars[inner - 1]!) && !hasBoundary(chars, inner, end - 1))
    return ownerStart(chars, inner, places);
  return null;
}

function knownPlaceLength(chars: readonly string[], at: number, places: ReadonlySet<string>): number {
  for (let len = MAX_KNOWN_PLACE_LENGTH; len >= 2; len--) {
    if (at - len >= 0 && places.has(chars.slice(at - len, at).join(""))) return len;
  }
  return 0;
}

function hasBoundary(chars: readonly string[], start: number, end: number): boolean {
  return chars.slice(start, end).some((ch) => isBoundaryChar(ch));
}

/** A place name right before a unit: a known place, or two characters after a boundary before an admin level. */
function placeLengthBefore(
  chars: readonly string[],
  at: number,
  unit: string | null,
  places: ReadonlySet<string>,
): number {
  const known = knownPlaceLength(chars, at, places);
  if (known > 0) return known;
  if (unit === null || !ADMIN_LEVEL_CHARS.includes(unit[0]!)) return 0;
  const len = UNKNOWN_PLACE_LENGTH;
  if (at - len < 0 || chars.slice(at - len, at).some((ch) => isBoundaryChar(ch))) return 0;
  if (holdsAspectParticle(chars, at - len, at)) return 0;
  // or a word of nearness (`附近|长胜村`) before it
  return isBoundaryChar(chars[at - len - 1]) || nearnessWordEndsAt(chars, at - len) ? len : 0;
}

/** The reference dictionary's words the title reader uses (CC-CEDICT, `reference-lexicon.ts`). */
export interface TitleDictionary {
  /** Places, organisations and works (never persons). */
  readonly properNouns: ReadonlySet<string>;
  /** Common words of two or three characters. */
  readonly commonWords: ReadonlySet<string>;
  /** Words, idioms and proper nouns of four characters or more. */
  readonly longWords?: ReadonlySet<string>;
  /** Common words whose first sense is a verb (see `verbLedTitleStart`). */
  readonly verbs?: ReadonlySet<string>;
}
const NO_DICTIONARY: TitleDictionary = { properNouns: new Set(), commonWords: new Set() };

/** The dictionary's words as the verb reader asks them (`verb-led-title.ts`). */
export function verbLexiconOf(dictionary: TitleDictionary): VerbLexicon {
  const longWords = dictionary.longWords ?? new Set<string>();
  return {
    verbs: dictionary.verbs ?? new Set(),
    properNouns: dictionary.properNouns,
    isWord: (word) => dictionary.commonWords.has(word) || longWords.has(word),
  };
}

/**
 * The titles right before a name starting at `nameStart`, in text order. Titles joined by 、 are
 * all taken; a comma is crossed only when everything back to the clause start is titles. Given
 * where the text's names end (`nameEndsAt`), a title cut at a 和 inside an organisation's name
 * is read whole (see `joinedOrganisationStart`). Given the reference dictionary's words, a title
 * cut in front by a proper noun is read whole (see `properNounLedTitleStart`) and a head the lists do
 * not know is read from its structure (see `agentHeadTitleStart`). An organisation joined to the title
 * by 的 is read with it (`possessiveOrganisationStart`), and so is a word dating the post (`时任`,
 * `tenureTitleStart`); a title never starts inside the paragraph's dateline (`afterDatelineStart`).
 */
export function titlesBefore(
  chars: readonly string[],
  nameStart: number,
  places: ReadonlySet<string> = new Set(),
  nameEndsAt?: (end: number) => boolean,
  dictionary: TitleDictionary = NO_DICTIONARY,
): string[] {
  const verbs = verbLexiconOf(dictionary);
  const titleStart = (end: number): number | null => {
    const parsed =
      titleEndingAt(chars, end, places) ??
      publicationPostStart(chars, end, places) ??
      ministerTitleStart(chars, end, places) ??
      unitNamedPostStart(chars, end, (plain, plainEnd) => titleEndingAt(plain, plainEnd, places)) ??
      agentHeadTitleStart(chars, end, dictionary.commonWords);
    if (parsed === null) return null;
    // a company's name before a region's post (`博世|中国总裁`), and the 大 of 大中华区
    const company = companyRegionTitleStart(chars, parsed, end) ?? parsed;
    // and a group's short name before its branch's place (`华能|南岭市热力有限公司董事长`)
    const regional = brandLedCompanyStart(chars, company, end, places, verbs.isWord) ?? company;
    const quoted =
      quotedBodyStart(chars, regional, end) ?? placeLedTitleStart(chars, regional, end, places) ?? regional;
    // a Latin word inside the organisation's name (`珠江医院ICU|医生`) and the organisation before it
    const lettered = latinLedTitleStart(chars, quoted, end) ?? quoted;
    // and a number opening the organisation's name at the clause's start (`360集团董事长`)
    const start = numberLedTitleStart(chars, lettered) ?? lettered;
    const titleEndsAt = (at: number) => titleEndingAt(chars, at, places) !== null;
    // an organisation's other name in brackets before the post (`中央党校（国家行政学院）|教授`)
    const aliased = bracketedAliasStart(chars, start, end) ?? start;
    // and an organisation's name with a bracketed word or a dash inside it (`…电子（控股）|实业公司董事长`)
    const marked = markedOrganisationStart(chars, aliased, end) ?? aliased;
    const joined =
      nameEndsAt === undefined
        ? marked
        : (joinedOrganisationStart(chars, marked, end, titleEndsAt, nameEndsAt, places) ?? marked);
    const whole = publicationTitleStart(chars, joined, end, places) ?? joined;
    const prefixed = partyPrefixStart(chars, whole) ?? whole;
    const led = properNounLedTitleStart(chars, prefixed, dictionary.properNouns) ?? prefixed;
    // a proper noun opening with a function character (`同|济大学…`) is read whole
    const proper = functionCharProperNounStart(chars, led, end, dictionary.properNouns) ?? led;
    // and a common word holding a function character inside the name (`高等|教育司`, `将军|路`)
    const noun = functionCharWordStart(chars, proper, end, verbs.isWord) ?? proper;
    // and the street office or township written before the title's place (`银杏街道|朝阳社区…`)
    const township = townshipOwnerStart(chars, noun) ?? noun;
    const owned =
      possessiveOrganisationStart(chars, township, end) ??
      projectOwnerStart(chars, township, end) ??
      possessivePlaceStart(chars, township, places) ??
      township;
    const dated = tenureTitleStart(chars, owned) ?? owned;
    // never from the 电 or 讯 that closes the paragraph's dateline (`…日电|南岭特区行政长官`)
    const clause = afterDatelineStart(chars, dated, end) ?? dated;
    // nor from a sentence's adverbial or a preposition opening its clause (`据|该公司执行董事`)
    const adverbial = leadingAdverbialEnd(chars, clause, end) ?? clause;
    // nor from the 当 (when) opening a clause before a proper noun (`当|北川大学博士生`)
    const isWord = (w: string) => dictionary.properNouns.has(w) || verbs.isWord(w);
    const plain = whenClauseEnd(chars, adverbial, end, isWord, dictionary.properNouns) ?? adverbial;
    // nor from a verb whose object is the title's organisation or place (`发表|中共中央总书记`)
    // (where a person comes from keeps its 来自: `possessive-place.ts`)
    const read = opensWithFrom(chars, plain, places)
      ? plain
      : (verbLedTitleStart(chars, plain, end, places, verbs) ?? plain);
    // a post joined to the one before it by 兼 is one title with it (`…副总裁兼|亚太区总裁`)
    return concurrentTitleStart(chars, read, titleStart) ?? read;
  };
  const first = titleChain(chars, nameStart, titleStart);
  if (first === null) return [];
  const titles = first.titles;
  let at = first.start;
  while (chars[at - 1] === "，") {
    const earlier = titleChain(chars, at - 1, titleStart);
    if (earlier === null || !startsClause(chars[earlier.start - 1])) break;
    titles.unshift(...earlier.titles);
    at = earlier.start;
  }
  return titles;
}

function titleChain(
  chars: readonly string[],
  end: number,
  titleStart: (end: number) => number | null,
): { titles: string[]; start: number } | null {
  const start = titleStart(end);
  if (start === null || start === end) return null;
  const titles = [chars.slice(start, end).join("")];
  let at = start;
  while (chars[at - 1] === "、") {
    const before = titleStart(at - 1);
    if (before === null) break;
    titles.unshift(chars.slice(before, at - 1).join(""));
    at = before;
  }
  return { titles, start: at };
}

/** A title right after a name ending at `nameEnd` (习近平总书记 → 总书记), or null. */
export function titleAfter(chars: readonly string[], nameEnd: number): string | null {
  const ks = nameEnd >= 0 && nameEnd < chars.length ? AFTER.byFirst.get(chars[nameEnd]!) : undefined;
  if (ks === undefined) return null;
  for (const k of ks) {
    const word = AFTER.chars[k]!;
    if (word.length <= AFTER_WINDOW && charsAt(chars, nameEnd, word)) return AFTER.words[k]!;
  }
  return null;
}
