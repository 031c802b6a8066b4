import { namesWrittenAsPlaces } from "./cues/place-elsewhere";
import { namesEndingInPlaces } from "./cues/place-tail";
import type { ParsedArticle, Person } from "@/bundle/schema";
import { captionCredits } from "../parse/caption";
import { addCueMentions } from "./apply-cues";
import { addRepeatedSpeakers } from "./cues/repeated-speaker";
import { crossesProperNounSeam } from "./cues/proper-noun-seam";
import { isPlaceBeforeMou } from "./cues/place-before-mou";
import { mentionsJapan } from "./cues/japanese-name";
import { addFamousNames } from "./cues/famous-names";
import { addPlacedListNames } from "./cues/placed-list-items";
import { addRosterRunNames } from "./cues/roster-run";
import { addRepeatMentions, dropDottedPlaceLists, trimAffixedNames } from "./consistency";
import { trimRunOnsWrittenShorter } from "./cues/shorter-form-elsewhere";
import { REPORTER_ROLE } from "../parse/credits";
import { dropNamesWithoutHan } from "./han-names";
import { addConjoinedLastItems } from "./cues/conjoined-last-item";
import { addMention, firstReading, readAgain, type TaggedText } from "./mentions";
import { mentionRoles, mergeRoles } from "./roles";
import { dropUnsupportedNames } from "./support";
import { knownNameVouches } from "./cues/known-name-word";
import { dropFrontCuts } from "./front-cuts";
import { tieGivenNames } from "./given-names";
import { extendCutNames } from "./cut-names";
import { extendReferencePersonCuts } from "./cues/reference-person-cut";
import { extendCompoundSurnameCuts } from "./cues/compound-surname-cut";
import { extendHeGivenNames } from "./cues/he-given-name";
import { joinTitledDashedNames } from "./cues/dashed-name";
import { extendDottedShortForms } from "./cues/dotted-short-form";
import { tieForeignShortNames } from "./foreign-short-names";
import { tieAddressForms } from "./cues/address-form-alias";
import { tieJapaneseFamilyNames } from "./cues/japanese-family-alias";
import { spacedCreditNames } from "./cues/spaced-credit";
import { bylineNamesWithClosingMark } from "./cues/byline-mark";
import { bylineNamesWithoutClosingWord } from "./cues/byline-closing-word";
import { afterOfficeSi } from "./cues/office-si";
import { paddedLine, paddedName } from "./cues/padded-name-line";
import { lonePhotoCreditName } from "./cues/lone-photo-credit";
import { addWordEdgeNames } from "./word-edge-names";
import { isInsideColumnLabel } from "./cues/column-label";
import { isHeadlineTalkVerb } from "./cues/headline-talk-verb";
import { titleEndingAt } from "./cues/title-phrase";
import { isCountryName, isPlaceName, placeListItems } from "./cues/place-names";
import { isPlaceHeadedMention, placeHeadedSpans } from "./cues/place-headed-list";
import { isAuthorLine } from "./cues/author-line";
import { authorNamesLine } from "./cues/author-names-line";
import { countrySignedNameSpan } from "./cues/country-signed-line";
import { authorNoteNameEnd } from "./cues/author-note-name";
import { isInsideLongerPlace } from "./cues/inside-place";
import { trimGluedNames } from "./glued-names";
import { dropNotPersons } from "./not-persons";
import { dropDictionaryPieces } from "./dictionary-words";
import { referenceLexicon } from "./reference-lexicon";
import { isDictionaryWordName } from "./cues/dictionary-word-name";
import { loneNameCreditSpan } from "./cues/lone-name-credit";
import { workCreditNameEnd } from "./cues/bracketed-work-credit";
import { namesOnlyBeforeTermHeads } from "./cues/term-head";
import { isQuotedUnit } from "./cues/quoted-unit";
import { isPrizeName } from "./cues/prize-name";
import { countedThingSpans } from "./cues/counted-things";
import { isDemonstrativeTime } from "./cues/demonstrative-time";
import { isStateName } from "./cues/state-name";
import { endsLikeClause } from "./cues/clause-end-name";
import { endBeforeRuShi } from "./cues/ru-shi";
import { namesOfCompanies } from "./cues/company-name";
import { dropNamePieces } from "./name-pieces";
import { dropLongWordNames } from "./cues/long-word-name";
import { dropGluedForeignPairs } from "./cues/glued-foreign-pair";
import { dropNamesCutInTitles } from "./cues/title-mark-cut";
import { trimWordRunOns } from "./cues/word-run-on";
import { trimForeignRunOns } from "./cues/foreign-run-on";
import { dropWordsBetweenTitleAndDe } from "./cues/title-word-before-de";
import { isCutFromRouteName } from "./cues/route-name";
import { isVerbObjectListItem } from "./cues/verb-object-list";
import { overlapsOtherNameOf, type SplitName } from "./cues/overlapped-name";
import { isWorkKindAt } from "./cues/work-kind";
import { cutsShortWordAtEnd, SHORT_CUT_MAX_PROBABILITY } from "./cues/short-word-cut";
import type { ReferenceLexicon } from "./reference-lexicon";
import { extendNamesCutBeforeSameChar } from "./cues/same-char-after-name";
import { sharedModel } from "./tagger/load-model";
import type { TaggerModel } from "./tagger/tagger-model";

/** A name the first pass is this sure of joins the known names for the second pass over the article. */
export const DOCUMENT_NAME_MIN_PROBABILITY = 0.5;

/** What people extraction reads of an article. */
export type PeopleSource = Pick<ParsedArticle, "title" | "subtitles" | "byline" | "paragraphs" | "caption">;

/**
 * Every person an article mentions, once each, in order of first mention (byline first), with the
 * titles the article gives them, or `reporter` for bylines and photo credits. Names come from the
 * tagger, from the cues (titles, speech verbs, lists, credits), and from repeating a name found
 * once wherever else it appears.
 */
export function extractPeople(article: PeopleSource, model: TaggerModel = sharedModel()): Person[] {
  return extractPeopleAndAliases(article, model).people;
}

/** The people of an article, and the given names it uses alone for them (晓光 → 吕晓光). */
export interface PeopleAndAliases {
  people: Person[];
  /** A given name the article uses alone, mapped to the person's full name; its mentions are that person's. */
  aliases: ReadonlyMap<string, string>;
}

export function extractPeopleAndAliases(article: PeopleSource, model: TaggerModel = sharedModel()): PeopleAndAliases {
  // a padded two-character line (`宁  静`) is read closed up: where the paper sets its writers it is a
  // credit, where the text goes on to name it a heading, read as neither text nor credit
  const paragraphs = article.paragraphs.map((p) => paddedName(p) ?? p);
  const paddedCredit = (i: number): string[] | null => {
    const padded = paddedLine(article.paragraphs, paragraphs, i);
    return padded === null ? null : padded.kind === "credit" ? [padded.name] : [];
  };
  const credits = article.paragraphs.map((p, i) => spacedCreditNames(p) ?? lonePhotoCredit(p) ?? paddedCredit(i));
  const known = (w: string) => model.lexicons.words.has(w) || model.lexicons.places.has(w);
  const texts = [
    article.title,
    ...article.subtitles,
    ...paragraphs.filter((_, i) => credits[i] === null),
    ...(article.caption === null ? [] : [article.caption]),
  ];
  const readings = texts.map((text, i) => firstReading(model, text, i));
  const firstPass = readings.map((r) => r.tagged);
  const sure = firstPass.flatMap((t) =>
    t.mentions
      .filter((m) => t.scorer.spanProbability(m.start, m.end) >= DOCUMENT_NAME_MIN_PROBABILITY)
      .map((m) => m.name),
  );
  const lexicons = { ...model.lexicons, documentNames: new Set(sure) };
  const tagged = sure.length === 0 ? firstPass : readings.map((r, i) => readAgain(model, r, i, lexicons));
  const japan = mentionsJapan(texts);
  tagged.forEach((t, i) => {
    const heading = i <= article.subtitles.length && isHeading(texts[i]!);
    // a credit run that reads several ways is split by the first reading: its own sure names must not vote (徐勤王|荣志)
    addCueMentions(t, i, model.lexicons, heading, japan, firstPass[i]!.scorer);
    addWordEdgeNames(t, i, model);
    // a place is a word too for the guards (浙江|青莲 holds 江青)
    addFamousNames(t, i, (w) => model.lexicons.words.has(w) || model.lexicons.places.has(w), referenceLexicon());
    addPlacedListNames(t, i, (w) => model.lexicons.places.has(w));
    // a column's label, a headline's 谈 and its topic (headline-talk-verb.ts) are no names
    const titleEndsAt = (at: number) => titleEndingAt(t.chars, at, model.lexicons.places) !== null;
    if (heading)
      t.mentions = t.mentions.filter(
        (m) =>
          !isInsideColumnLabel(t.chars, m.start, m.end) && !isHeadlineTalkVerb(t.chars, m.start, m.end, titleEndsAt),
      );
  });
  // a name quoted again and again whose shape the cues refuse (cues/repeated-speaker.ts)
  addRepeatedSpeakers(tagged, firstPass, (w) => known(w) || referenceLexicon().shortWords.has(w));
  const first = paragraphs[0];
  if (first !== undefined && paragraphs.length > 1 && credits[0] === null && isAuthorLine(first, known))
    markAuthorLine(tagged[1 + article.subtitles.length]!, 1 + article.subtitles.length);
  // several writers' names closed up on the line under the title (cues/author-names-line.ts)
  else if (first !== undefined && paragraphs.length > 1 && credits[0] === null)
    markAuthorNamesLine(tagged[1 + article.subtitles.length]!, 1 + article.subtitles.length, known);
  markLoneNameCredits(paragraphs, credits, tagged.slice(1 + article.subtitles.length));
  trimWorkCredits(tagged);
  if (article.caption !== null) addCaptionCredits(tagged.at(-1)!, tagged.length - 1, captionCredits(article.caption));
  const reference = referenceLexicon();
  dropUnsupportedNames(
    tagged,
    firstPass,
    model.lexicons,
    (name) => isDictionaryWordName(name, reference),
    (w) => model.lexicons.words.has(w) || reference.shortWords.has(w),
    1 + article.subtitles.length,
    (name) => knownNameVouches(name, model.lexicons.names, reference),
    (name) => reference.properNouns.has(name) && !reference.persons.has(name),
  );
  dropNamesWithoutHan(tagged);
  dropPlaces(tagged, model.lexicons);
  dropPlaceSeams(tagged, model.lexicons, reference.properNouns);
  dropDottedPlaceLists(tagged);
  // a dashed name with no dot, a title against it (cues/dashed-name.ts)
  joinTitledDashedNames(tagged, model.lexicons.places);
  trimAffixedNames(tagged);
  // a name one character too long, written shorter on its own elsewhere (cues/shorter-form-elsewhere.ts)
  trimRunOnsWrittenShorter(
    tagged,
    japan,
    (w) => (known(w) || reference.shortWords.has(w)) && !model.lexicons.names.has(w),
  );
  // a given name ending in 和, where the article shows it (cues/he-given-name.ts)
  extendHeGivenNames(tagged);
  // a compound surname alone, its given name left out (cues/compound-surname-cut.ts)
  extendCompoundSurnameCuts(tagged, (w) => known(w) || reference.shortWords.has(w));
  extendCutNames(tagged);
  extendReferencePersonCuts(
    tagged,
    reference.persons,
    (w) => model.lexicons.names.has(w),
    (w) => model.lexicons.places.has(w),
  );
  // a dotted name's short form cut before its last syllable (cues/dotted-short-form.ts)
  extendDottedShortForms(tagged);
  // a surname and one character always written with the same third one (cues/same-char-after-name.ts)
  extendNamesCutBeforeSameChar(tagged, (w) => known(w) || reference.shortWords.has(w));
  // a list's last name after 与, once the cut names are mended (cues/conjoined-last-item.ts)
  addConjoinedLastItems(tagged, (w) => (known(w) || reference.shortWords.has(w)) && !model.lexicons.names.has(w));
  trimGluedNames(tagged, (w) => model.lexicons.words.has(w));
  dropNotPersons(tagged, model.lexicons.names);
  dropDictionaryPieces(tagged, model.lexicons.names, reference);
  dropShortWordCuts(tagged, firstPass, model.lexicons.names, reference);
  dropFrontCuts(tagged, model.lexicons, reference);
  dropNamesWrittenAsPlaces(tagged, model.lexicons);
  dropNamesBeforeTermHeads(tagged);
  dropQuotedUnits(tagged);
  dropPrizeNames(tagged);
  dropCountedThings(tagged);
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !isDemonstrativeTime(m.name));
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !isStateName(m.name));
  dropClauseEnds(tagged, model.lexicons.names, (w) => reference.shortWords.has(w));
  dropCompanyNames(tagged, model.lexicons.names, reference.companies);
  dropLongWordNames(tagged, model.lexicons.names, reference.longWords, reference.properNouns);
  dropGluedForeignPairs(tagged);
  dropNamesCutInTitles(tagged, model.lexicons.names, (w) => known(w) || reference.shortWords.has(w));
  trimWordRunOns(tagged, model.lexicons.names, (w) => reference.shortWords.has(w));
  // a transliteration run on over the next word's first character (cues/foreign-run-on.ts)
  trimForeignRunOns(tagged, model.lexicons.names, (w) => reference.shortWords.has(w));
  dropNamePieces(tagged, model.lexicons, reference);
  dropWordsBetweenTitleAndDe(tagged, model.lexicons.names, (w) => reference.verbs.has(w), model.lexicons.places);
  dropPhraseMentions(tagged, model.lexicons.names, reference.shortWords);
  trimRuShi(tagged);
  trimOfficeSi(tagged);
  // a roster run with no 、 between its items: unit, post, name, unit … (cues/roster-run.ts)
  tagged.forEach((t, i) => addRosterRunNames(t, i));
  const givenNames = new Map([
    ...tieGivenNames(tagged, known),
    ...tieForeignShortNames(tagged, known),
    ...tieAddressForms(tagged, known),
    // a Japanese family name alone (羽田 after 羽田孜): cues/japanese-family-alias.ts
    ...(japan ? tieJapaneseFamilyNames(tagged, known) : []),
  ]);
  addRepeatMentions(tagged);

  const reporters = new Set([
    ...bylineNames(article.byline?.reporters ?? [], article.byline?.raw ?? ""),
    ...credits.flatMap((c) => c ?? []),
  ]);
  const order: string[] = [...reporters];
  const roles = new Map<string, string[]>([...reporters].map((r) => [r, [REPORTER_ROLE]]));
  const aliases = new Map<string, string>();
  const dictionary = {
    properNouns: reference.properNouns,
    commonWords: reference.shortWords,
    longWords: reference.longWords,
    verbs: reference.verbs,
  };
  for (const t of tagged) {
    for (const [mention, own] of mentionRoles(t, model.lexicons.places, dictionary)) {
      const full = givenNames.get(mention.name);
      if (full !== undefined) aliases.set(mention.name, full);
      const name = full ?? mention.name;
      if (!roles.has(name)) {
        order.push(name);
        roles.set(name, []);
      }
      roles.get(name)!.push(...own);
    }
  }
  return { people: order.map((name) => ({ name, roles: mergeRoles(roles.get(name)!) })), aliases };
}

/**
 * A title or subtitle that reads as one: no sentence in it. A "title" that holds sentences is a brief
 * given whole (a corpus's one-paragraph article), whose closing bracket may well be its credit.
 */
function isHeading(text: string): boolean {
  return !/[。！？]/u.test(text);
}

/** The author line under the title (see `isAuthorLine`): the whole line is one name, a credit. */
function markAuthorLine(tagged: TaggedText, index: number): void {
  const start = tagged.chars.findIndex((c) => c.trim() !== "");
  let end = tagged.chars.length;
  while (end > start && tagged.chars[end - 1]!.trim() === "") end--;
  tagged.mentions = [];
  addMention(tagged, { text: index, start, end, source: "credit" });
}

/** An author line of several names (see `authorNamesLine`): its tiling replaces the reading, each name a credit. */
function markAuthorNamesLine(tagged: TaggedText, index: number, known: (w: string) => boolean): void {
  const names = authorNamesLine(tagged.chars, tagged.mentions, (s, e) => tagged.scorer.spanProbability(s, e), known);
  if (names === null) return;
  tagged.mentions = [];
  for (const { start, end } of names) addMention(tagged, { text: index, start, end, source: "credit" });
}

function lonePhotoCredit(paragraph: string): string[] | null {
  const name = lonePhotoCreditName(paragraph);
  return name === null ? null : [name];
}

/**
 * A name found filling a paragraph where the paper sets its writers' names (see `loneNameCreditSpan`),
 * after a guest writer's bracketed country (`countrySignedNameSpan`), or closing the author's note
 * (`authorNoteNameEnd`), is a credit.
 */
function markLoneNameCredits(
  paragraphs: readonly string[],
  credits: readonly (string[] | null)[],
  tagged: readonly TaggedText[],
): void {
  let next = 0;
  paragraphs.forEach((_, i) => {
    if (credits[i] !== null) return;
    const t = tagged[next++]!;
    const span = loneNameCreditSpan(paragraphs, i) ?? countrySignedNameSpan(paragraphs[i]!);
    const mention = span && t.mentions.find((m) => m.start === span.start && m.end === span.end);
    if (mention) mention.source = "credit";
    const noteEnd = authorNoteNameEnd(paragraphs[i]!);
    const signer = noteEnd !== null && t.mentions.find((m) => m.end === noteEnd);
    if (signer) signer.source = "credit";
  });
}

/** A bracketed credit's verb is not its name's (`（张某作）` → 张某, see `workCreditNameEnd`). */
function trimWorkCredits(tagged: readonly TaggedText[]): void {
  for (const t of tagged) {
    for (const m of t.mentions) {
      const end = workCreditNameEnd(t.chars, m.start, m.end);
      if (end === null) continue;
      m.end = end;
      m.name = t.chars.slice(m.start, end).join("");
    }
  }
}

/**
 * Mentions that are places: a country's name, an item of a list of places (兰州、甘南、武威), a place's
 * thing or part in a list of them (岳西翠兰、桐城小花…, 北京怀柔、上海张江…: place-headed-list.ts).
 */
function dropPlaces(tagged: readonly TaggedText[], lexicons: TaggerModel["lexicons"]): void {
  for (const t of tagged) {
    const items = placeListItems(t.chars, lexicons.places);
    const headed = placeHeadedSpans(t.chars, (w) => lexicons.places.has(w) || isPlaceName(w));
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        (!isPlaceHeadedMention(headed, m.start, m.end) &&
          (lexicons.names.has(m.name) ||
            (!isCountryName(m.name) &&
              !items.some((i) => i.start === m.start && i.end === m.end) &&
              !isInsideLongerPlace(t.chars, m.start, m.end, lexicons.places)))),
    );
  }
}

/**
 * Names cut from proper nouns: across two written together (黄冈武|穴, cues/proper-noun-seam.ts) or a
 * surname and 某 after a place (大|邱某, cues/place-before-mou.ts). A known name stays.
 */
function dropPlaceSeams(
  tagged: readonly TaggedText[],
  lexicons: TaggerModel["lexicons"],
  properNouns: ReadonlySet<string>,
): void {
  const isProperNoun = (w: string) => lexicons.places.has(w) || properNouns.has(w);
  for (const t of tagged)
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        lexicons.names.has(m.name) ||
        !(
          crossesProperNounSeam(t.chars, m.start, m.end, isProperNoun) ||
          isPlaceBeforeMou(t.chars, m.start, m.end, isProperNoun)
        ),
    );
}

/**
 * Names the article writes as a place somewhere (`西哈努克港`, `德国杜塞尔多夫站`): see place-elsewhere.ts;
 * and names ending in such a place (place-tail.ts).
 */
function dropNamesWrittenAsPlaces(tagged: readonly TaggedText[], lexicons: TaggerModel["lexicons"]): void {
  const names = new Set(tagged.flatMap((t) => t.mentions.filter((m) => m.source !== "credit").map((m) => m.name)));
  const candidates = [...names].filter((n) => !lexicons.names.has(n));
  const texts = tagged.map((t) => t.chars);
  const isPlace = (w: string) => lexicons.places.has(w);
  // written whole as a place, or ending in a word written as one (cues/place-tail.ts: 常来|青岗)
  const places = new Set([
    ...namesWrittenAsPlaces(texts, candidates, isPlace),
    ...namesEndingInPlaces(texts, candidates, isPlace),
  ]);
  if (places.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !places.has(m.name));
}

/** Names that the article only prints as the head of an institution's or a term's name: see term-head.ts. */
function dropNamesBeforeTermHeads(tagged: readonly TaggedText[]): void {
  const names = new Set(tagged.flatMap((t) => t.mentions.filter((m) => m.source !== "credit").map((m) => m.name)));
  const terms = namesOnlyBeforeTermHeads(
    tagged.map((t) => t.chars),
    names,
  );
  if (terms.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !terms.has(m.name));
}

/** A unit's honour title quoted (`“柯杰班”`) is no name anywhere in the article: see quoted-unit.ts. */
function dropQuotedUnits(tagged: readonly TaggedText[]): void {
  const units = new Set(
    tagged.flatMap((t) => t.mentions.filter((m) => isQuotedUnit(t.chars, m.start, m.end)).map((m) => m.name)),
  );
  if (units.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !units.has(m.name));
}

/** A cup or prize named after a person (`李宁杯`, `马可·波罗奖`) is no person in the article: see prize-name.ts. */
function dropPrizeNames(tagged: readonly TaggedText[]): void {
  const prizes = new Set(
    tagged.flatMap((t) =>
      t.mentions.filter((m) => m.source !== "credit" && isPrizeName(t.chars, m.start, m.end)).map((m) => m.name),
    ),
  );
  if (prizes.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !prizes.has(m.name));
}

/** Items of a list counted with a measure of things (`…和…两处油田`) are no persons: see counted-things.ts. */
function dropCountedThings(tagged: readonly TaggedText[]): void {
  const things = new Set(
    tagged.flatMap((t) => {
      const spans = countedThingSpans(t.chars, t.mentions);
      return t.mentions.filter((m) => m.source !== "credit" && spans.includes(m)).map((m) => m.name);
    }),
  );
  if (things.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !things.has(m.name));
}

/**
 * A mention ending in a pronoun (曾替他) or in 地 after a common word (高兴地) is a clause's piece: see
 * clause-end-name.ts. Credits, bylines and known names stay.
 */
function dropClauseEnds(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  isWord: (text: string) => boolean,
): void {
  for (const t of tagged)
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        m.source === "byline" ||
        knownNames.has(m.name) ||
        !endsLikeClause(t.chars, m.start, m.end, isWord),
    );
}

/**
 * Mentions the tagger doubts that cut across a short common word at their end (谈坚|决): see
 * short-word-cut.ts. Credits, known names and persons of the dictionary stay.
 */
function dropShortWordCuts(
  tagged: readonly TaggedText[],
  firstPass: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  lexicon: ReferenceLexicon,
): void {
  const isName = (text: string) => knownNames.has(text) || lexicon.persons.has(text);
  for (const t of tagged) {
    const scorer = firstPass[t.mentions[0]?.text ?? 0]?.scorer;
    if (scorer === undefined) continue;
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        m.source === "byline" ||
        isName(m.name) ||
        // the look-ups first: the tagger's probability of a span is the dearer question
        !cutsShortWordAtEnd(t.chars, m.start, m.end, (w) => lexicon.shortWords.has(w), isName) ||
        scorer.spanProbability(m.start, m.end) > SHORT_CUT_MAX_PROBABILITY,
    );
  }
}

/** Names that the article prints as a company's (汉莎航空, 玛氏箭牌): see company-name.ts. The model's known names stay. */
function dropCompanyNames(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  companies: ReadonlySet<string>,
): void {
  const names = new Set(
    tagged.flatMap((t) =>
      t.mentions.filter((m) => m.source !== "credit" && !knownNames.has(m.name)).map((m) => m.name),
    ),
  );
  const found = namesOfCompanies(
    tagged.map((t) => t.chars),
    names,
    (w) => companies.has(w),
  );
  if (found.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !found.has(m.name));
}

/**
 * Mentions that are pieces of a phrase, not names, where they stand: cut out of a line's name
 * (京张高铁: route-name.ts), a verb-object phrase in a 、 list (盼丰收、庆升平: verb-object-list.ts),
 * a common word after a work's title (《…》白皮书: work-kind.ts), or read across the end of another
 * name of the article printed there (韦德王刚来到: overlapped-name.ts).
 * The tagger's mentions only; known names stay, but for the last.
 */
function dropPhraseMentions(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  commonWords: ReadonlySet<string>,
): void {
  const names = new Set(tagged.flatMap((t) => t.mentions.map((m) => m.name)));
  // split once per article, not once per mention (overlapsOtherName)
  const split: SplitName[] = [...names].map((name) => ({ name, chars: Array.from(name) }));
  for (const t of tagged) {
    const isMentionAt = (start: number, end: number) => t.mentions.some((m) => m.start === start && m.end === end);
    t.mentions = t.mentions.filter(
      (m) =>
        m.source !== "tagger" ||
        !(
          (!knownNames.has(m.name) &&
            (isCutFromRouteName(t.chars, m.start, m.end) ||
              isVerbObjectListItem(t.chars, m.start, m.end, (w) => commonWords.has(w), isMentionAt) ||
              isWorkKindAt(t.chars, m.start, m.end, (w) => commonWords.has(w)))) ||
          // a known name too (王刚): the text there is the other name and the next word
          overlapsOtherNameOf(t.chars, m.start, m.end, split, m.name)
        ),
    );
  }
}

/** Names run on into 如是 (季凯文如是表示): see ru-shi.ts. */
function trimRuShi(tagged: readonly TaggedText[]): void {
  for (const t of tagged)
    for (const m of t.mentions) {
      const end = endBeforeRuShi(t.chars, m.start, m.end);
      if (end === m.end) continue;
      m.end = end;
      m.name = t.chars.slice(m.start, end).join("");
    }
}

/** Names a ministry's department ran into (规划司高某): see cues/office-si.ts. */
function trimOfficeSi(tagged: readonly TaggedText[]): void {
  for (const t of tagged)
    for (const m of t.mentions) {
      if (m.source === "credit" || m.source === "byline") continue;
      const start = afterOfficeSi(t.chars, m.start, m.end);
      if (start === m.start) continue;
      m.start = start;
      m.name = t.chars.slice(start, m.end).join("");
    }
}

/**
 * A byline's names, with the marks a byline parser left on them taken off (罗小桦文 陈南川摄 → 罗小桦,
 * 陈南川), also when it took the line's closing mark off the last name (byline-mark.ts), and read
 * again without the word that closes it (某某某整理, byline-closing-word.ts).
 */
function bylineNames(reporters: readonly string[], raw: string): string[] {
  return (
    bylineNamesWithoutClosingWord(raw) ??
    spacedCreditNames(reporters.join(" ")) ??
    bylineNamesWithClosingMark(raw, reporters) ?? [...reporters]
  );
}

/** The caption's credit (`通讯员 梁宇 摄`), found by the parser: mentions with the reporter role. */
function addCaptionCredits(tagged: TaggedText, index: number, names: readonly string[]): void {
  const text = tagged.chars.join("");
  for (const name of names) {
    const at = text.lastIndexOf(name);
    if (at < 0) continue;
    const start = Array.from(text.slice(0, at)).length;
    const end = start + Array.from(name).length;
    tagged.mentions = tagged.mentions.filter((m) => !(m.start < end && start < m.end));
    addMention(tagged, { text: index, start, end, source: "credit" });
  }
}
