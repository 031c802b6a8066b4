import { REPORTER_ROLES } from "@/ingest/parse/byline";
import { titleAfterVouches } from "./cues/word-before-title";
import { ACTION_VERBS, DESCRIPTORS, HONORIFICS } from "./cues/speech-verbs";
import { speechVerbAt } from "./cues/speech-verb-cue";
import { calledNameCandidates } from "./cues/called-name";
import { KIN_BEFORE_MIN_PROBABILITY, kinWordEndsAt } from "./cues/kin-before-name";
import { DEPARTMENT_NAME_MIN_PROBABILITY, departmentEndsAt } from "./cues/department-name";
import { UNIT_BEFORE_MIN_PROBABILITY, unitVouches } from "./cues/unit-before-name";
import { HOUSEHOLD_SLOT_MIN_PROBABILITY, householdSlotVouches } from "./cues/household-word";
import { ageSlotAt } from "./cues/age-slot";
import { MAX_NOTE } from "./cues/list-items";
import { titleAfter, titleEndingAt, titlesBefore } from "./cues/title-phrase";
import type { Mention, SpanProbabilities, TaggedText } from "./mentions";
import type { Lexicons } from "./tagger/lexicons";
import { RUN_CLAUSE_MIN_PROBABILITY } from "./cues/parallel-clause";
import { resultVerbEndsAt } from "./cues/result-object";
import { placeOfNameAt } from "./cues/place-of-name";
import { residentNameAt } from "./cues/resident-name";
import { homeOfNameAt } from "./cues/home-of-name";
import { peopleGroupEndAt } from "./cues/people-group-end";
import { countedGroupEndAt } from "./cues/counted-group-end";
import { isBracketedPhotoCredit } from "./cues/credit-mark-after";
import { isWholeTransliteratedDottedName } from "./cues/dotted-transliteration";
import { DOTTED_NAME_MIN_PROBABILITY, isWholeDottedName } from "./cues/dotted-name";
import { isWorkAuthorAt } from "./cues/work-author";
import { isWorkOwnerAt } from "./cues/work-owner";
import { appointeeSlotAt } from "./cues/appointee-slot";
import { parallelClauseSlotAt, runClauseSlotAt, sureMentionAt } from "./cues/parallel-clause";
import { PERSON_NOUN_MIN_PROBABILITY, nameHoldsWord, personNounVouches } from "./cues/person-noun-before";
import { isBracketedSignatureName } from "./cues/bracketed-signature";
import { rankAfterName } from "./cues/rank-after-name";
import { elderAddressAt } from "./cues/elder-address";
import { interviewFrameAt } from "./cues/interviewed-name";
import { agentAfterYouAt } from "./cues/agent-after-you";
import { isSurnamedThree, runsIntoWord, SURNAMED_THREE_MIN_PROBABILITY } from "./cues/surnamed-three";
import { workFrameRunAt } from "./cues/work-frame-run";
import { listItemAsksForWord, neighbourVouchesForWord, wholeLineVouchesForWord } from "./cues/word-cue-limits";

/**
 * For a name that is also a dictionary word: which names need a cue, and where the first paragraph
 * (an author's line) stands. Such a name takes no support from a heading line or from a word beside it
 * (cues/word-cue-limits.ts).
 */
interface WordLimits {
  isWordName: (name: string) => boolean;
  firstParagraph: number;
  /** A place's or an organisation's name of the dictionary (cues/word-before-title.ts). */
  isProperNoun: (name: string) => boolean;
}

/**
 * The last check on a name: something besides the tagger's guess must vouch for it, or the guess
 * must be very confident. Support is a cue around one of its mentions (a title, a speech verb, an
 * honorific, a list, a credit), a second mention, or the model's list of known names. Unsupported
 * guesses are where the tagger errs most on text unlike its training corpus (季军 in 亚军和季军,
 * 齐绘瑶 in 携手齐绘瑶都), and they are rare in the corpus itself.
 */
/**
 * How sure the tagger must be of a name nothing else supports. On days 16–20 (model of days 1–15):
 * no check → F1 0.9302, 0.5 → 0.9305, 0.7 → 0.9325, 0.9 → 0.9296 (P 0.957, R 0.904). 0.9 keeps
 * out the seed's 季军 (0.87, in 亚军和季军), a word the 1998 corpus barely knows.
 */
export const UNSUPPORTED_MIN_PROBABILITY = 0.9;

const BEFORE_NAME = [...REPORTER_ROLES, ...DESCRIPTORS];
const AFTER_NAME = [...ACTION_VERBS, ...HONORIFICS.filter((h) => h.length >= 2)];
/** Characters that set names side by side: lists (、 ／) and pairs (和 与 及). */
const SIDE_BY_SIDE = "、／/和与及";

function hasCueAround(
  tagged: TaggedText,
  m: Mention,
  places: ReadonlySet<string>,
  firstScorer: SpanProbabilities = tagged.scorer,
  isWord: (w: string) => boolean = () => false,
  word: WordLimits | null = null,
): boolean {
  const { chars } = tagged;
  if (m.source !== "tagger" && !(word !== null && listItemAsksForWord(m.source))) return true;
  if (titleBeforeIsOwn(tagged, m, places)) return true;
  // a word of the dictionary before a title is the title's unit (公社书记): cues/word-before-title.ts
  if (titleAfterVouches(m, titleAfter(chars, m.end), tagged.mentions, word)) return true;
  if (speechVerbAt(chars, m.end) !== null || resultVerbEndsAt(chars, m.start)) return true;
  if (rankAfterName(chars, m.end) !== null) return true;
  if (placeOfNameAt(chars, m.start, m.end, places)) return true;
  if (residentNameAt(chars, m.start) && !nameHoldsWord(chars, m.start, m.end, isWord)) return true;
  if (homeOfNameAt(chars, m.start, m.end, places)) return true;
  if (peopleGroupEndAt(chars, m.end) && !startsWithTitle(chars, m, places)) return true;
  // 等 and a head count or a players' word after the name (`某某某等７名`, cues/counted-group-end.ts)
  if (countedGroupEndAt(chars, m.end) && !startsWithTitle(chars, m, places)) return true;
  if (ageSlotAt(chars, m.start) || appointeeSlotAt(chars, m.start, m.end)) return true;
  if (isWholeTransliteratedDottedName(chars, m.start, m.end)) return true;
  if (isWorkAuthorAt(chars, m.start, m.end) || isWorkOwnerAt(chars, m.start, m.end)) return true;
  const others = tagged.mentions.filter((o) => o !== m);
  const sure = sureMentionAt(others, (s, e) => firstScorer.spanProbability(s, e));
  if (parallelClauseSlotAt(chars, m.start, m.end, sure)) return true;
  // a run of `《work》的<name>` clauses (cues/work-frame-run.ts)
  if (workFrameRunAt(chars, m.start, m.end, sure)) return true;
  // the tagger's own name there: as sure as the cue asks of a name it adds (apply-cues.ts)
  const firstProbability = firstScorer.spanProbability(m.start, m.end);
  if (firstProbability >= RUN_CLAUSE_MIN_PROBABILITY && runClauseSlotAt(chars, m.start, m.end, sure)) return true;
  // a whole dotted name, transliteration table or not (cues/dotted-name.ts)
  if (firstProbability >= DOTTED_NAME_MIN_PROBABILITY && isWholeDottedName(chars, m.start, m.end)) return true;
  if (chars.slice(Math.max(0, m.start - 2), m.start).includes("叫") && calledNameAt(chars, m)) return true;
  if (firstProbability >= PERSON_NOUN_MIN_PROBABILITY && personNounVouches(chars, m.start, m.end, isWord)) return true;
  // a kin word right before a name that is no word (父亲|叶某某，, not 伯伯|关爱之余): cues/kin-before-name.ts
  if (firstProbability >= KIN_BEFORE_MIN_PROBABILITY && kinWordEndsAt(chars, m.start) && !isWord(m.name)) return true;
  // a ministry's department right before the name (外资司|周某来信): cues/department-name.ts
  if (firstProbability >= DEPARTMENT_NAME_MIN_PROBABILITY && departmentEndsAt(chars, m.start) && !isWord(m.name))
    return true;
  // the person's unit right before the name (质检站|钟某，, not 某乡|某某村): cues/unit-before-name.ts
  if (
    firstProbability >= UNIT_BEFORE_MIN_PROBABILITY &&
    unitVouches(chars, m.start, m.end, isWord) &&
    !places.has(m.name)
  )
    return true;
  // a household word right before the name (贫困户|钟某喜笑颜开): cues/household-word.ts
  if (firstProbability >= HOUSEHOLD_SLOT_MIN_PROBABILITY && householdSlotVouches(chars, m.start, m.end, isWord))
    return true;
  const before = chars
    .slice(Math.max(0, m.start - 5), m.start)
    .join("")
    .trimEnd();
  const after = chars.slice(m.end, m.end + 3).join("");
  if (BEFORE_NAME.some((w) => before.endsWith(w)) || AFTER_NAME.some((w) => after.startsWith(w))) return true;
  // an elder's address after the name (`某某某老先生`): cues/elder-address.ts
  if (elderAddressAt(chars, m.end) !== null) return true;
  // 接受…采访 after the name: only a person is interviewed (cues/interviewed-name.ts)
  if (interviewFrameAt(chars, m.end)) return true;
  // between 由 and the part the person had in a work (`由某某某演奏`): cues/agent-after-you.ts
  if (agentAfterYouAt(chars, m.start, m.end)) return true;
  if (chars[m.end] === "（") return true;
  // a bracket of one name and 摄 (`（某某摄）`): cues/credit-mark-after.ts
  if (isBracketedPhotoCredit(chars, m.start, m.end)) return true;
  if (isBracketedSignatureName(chars, m.start, m.end, tagged.mentions, (w) => places.has(w))) return true;
  if (isWholeLine(chars, m) && (word === null || wholeLineVouchesForWord(m.text, word.firstParagraph))) return true;
  // beside another name: 陈伟敏、罗丽贤; 张津京和奎媛媛 (亚军和季军 is two words, not two names)
  const vouches = (o: Mention) => o !== m && (word === null || neighbourVouchesForWord(o.name, word.isWordName));
  const nameEndsAt = (at: number) => tagged.mentions.some((o) => vouches(o) && o.end === at);
  const nameStartsAt = (at: number) => tagged.mentions.some((o) => vouches(o) && o.start === at);
  return (
    (SIDE_BY_SIDE.includes(chars[m.start - 1]!) && nameEndsAt(noteStart(chars, m.start - 1))) ||
    (SIDE_BY_SIDE.includes(chars[m.end]!) && nameStartsAt(m.end + 1))
  );
}

/**
 * A mention that opens or closes its text (a headline's first word, a paragraph's first or last
 * word). It vouches for a name the tagger read there, but not for a name that is also a common word
 * (cues/dictionary-word-name.ts): 胡同 opens a paragraph as easily as a person does
 * (`胡同生活空间狭小`, audit4). A name that is a line of its own (an author's line under a title,
 * PFR's pen name `高低`) vouches for any name: see isWholeLine.
 */
function isAtTextEdge(chars: readonly string[], m: Mention): boolean {
  return m.start === 0 || m.end === chars.length;
}

/** A mention that is its text's whole line, blanks aside (an author's line). */
function isWholeLine(chars: readonly string[], m: Mention): boolean {
  return chars.slice(0, m.start).every((c) => c.trim() === "") && chars.slice(m.end).every((c) => c.trim() === "");
}

/**
 * Whether a title ends inside the name, two or three characters in (公使|希克迈特·赫朱, 董事|宣林): the
 * tagger glued the title to the name, so what follows does not vouch for the whole.
 */
function startsWithTitle(chars: readonly string[], m: Mention, places: ReadonlySet<string>): boolean {
  return [2, 3].some((k) => m.start + k < m.end - 1 && titleEndingAt(chars, m.start + k, places) !== null);
}

/**
 * Where a bracketed note that ends at `at` starts (穆东升（回族）、苏森: the note is the previous name's),
 * or `at` when there is none: a list of names runs on over its notes. Days 16–20 (model of days
 * 1–15): F1 0.9473 → 0.9476 (TP +1).
 */
function noteStart(chars: readonly string[], at: number): number {
  if (chars[at - 1] !== "）") return at;
  const open = chars.lastIndexOf("（", at - 1);
  return open >= 0 && at - open <= MAX_NOTE + 2 ? open : at;
}

/** A slot after 叫 (`一位叫孔方的店主`) that is exactly this mention. */
function calledNameAt(chars: readonly string[], m: Mention): boolean {
  return calledNameCandidates(chars).some((c) => c.start === m.start && c.lengths.includes(m.end - m.start));
}

/**
 * A title before the name that is not written after another name: in 习近平总书记曾将郑…, 总书记 is
 * 习近平's and vouches for nothing after it.
 */
function titleBeforeIsOwn(tagged: TaggedText, m: Mention, places: ReadonlySet<string>): boolean {
  const start = titleEndingAt(tagged.chars, m.start, places);
  if (titlesBefore(tagged.chars, m.start, places).length === 0 || start === null) return false;
  return !tagged.mentions.some((o) => o !== m && o.start < m.start && start < o.end);
}

/**
 * `firstPass` holds the same texts as tagged before the article's own names joined the known names:
 * the second pass is surer of every name the first found, so only the first pass's probability
 * says how sure the tagger was on its own.
 */
export function dropUnsupportedNames(
  texts: readonly TaggedText[],
  firstPass: readonly TaggedText[],
  lexicons: Lexicons,
  /** A name that must have a cue: confidence and a second mention do not vouch for it (a dictionary word). */
  needsCue: (name: string) => boolean = () => false,
  /** The dictionary's words, for a person word before a name (cues/person-noun-before.ts). */
  isWord: (w: string) => boolean = () => false,
  /** The index of the text that is the first paragraph (after the title and the subtitles). */
  firstParagraph = 1,
  /** Whether the model's list of known names vouches for a name (cues/known-name-word.ts: not for a common word). */
  knownVouches: (name: string) => boolean = (name) => lexicons.names.has(name),
  /** A place's or an organisation's name of the dictionary: a title after it is its own (cues/word-before-title.ts). */
  isProperNoun: (name: string) => boolean = () => false,
): void {
  const joined = texts.map((t) => t.chars.join("")).join("\n");
  const supported = new Set<string>();
  /** Names whose only cue is where they stand (isAtTextEdge): not enough for a word. */
  const atEdge = new Set<string>();
  const best = new Map<string, number>();
  /** The same, over the mentions that do not run into a word (cues/surnamed-three.ts). */
  const bestClear = new Map<string, number>();
  for (const tagged of texts) {
    for (const m of tagged.mentions) {
      const word = needsCue(m.name) ? { isWordName: needsCue, firstParagraph, isProperNoun } : null;
      if (hasCueAround(tagged, m, lexicons.places, firstPass[m.text]!.scorer, isWord, word) || knownVouches(m.name))
        supported.add(m.name);
      else if (isAtTextEdge(tagged.chars, m)) atEdge.add(m.name);
      const probability = firstPass[m.text]!.scorer.spanProbability(m.start, m.end);
      best.set(m.name, Math.max(best.get(m.name) ?? 0, probability));
      if (!runsIntoWord(tagged.chars, m.end, isWord))
        bestClear.set(m.name, Math.max(bestClear.get(m.name) ?? 0, probability));
    }
  }
  const keep = (name: string) =>
    supported.has(name) ||
    (!needsCue(name) &&
      (atEdge.has(name) ||
        (best.get(name) ?? 0) >= UNSUPPORTED_MIN_PROBABILITY ||
        // a three-character name after a common surname, at a lower bar (cues/surnamed-three.ts)
        ((bestClear.get(name) ?? 0) >= SURNAMED_THREE_MIN_PROBABILITY &&
          isSurnamedThree(name, isWord, (w) => lexicons.places.has(w) || isProperNoun(w))) ||
        occurrences(joined, name) >= 2));
  for (const tagged of texts) tagged.mentions = tagged.mentions.filter((m) => keep(m.name));
}

function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) n++;
  return n;
}
