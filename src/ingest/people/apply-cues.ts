import { boundedForeignRuns } from "./cues/bounded-foreign-run";
import { creditRuns, type CreditRun } from "./cues/credit-cue";
import { givenNameCreditPieces } from "./cues/given-name-credit";
import { labelledCreditRuns } from "./cues/credit-label";
import { labelledCreditLineRuns } from "./cues/credit-label-line";
import { creditReadingScore } from "./cues/surname-rank";
import { datelineCreditRuns } from "./cues/dateline-credit";
import { conjoinedCandidates, listNeighbours } from "./cues/list-cue";
import { slashPartnerCandidates } from "./cues/slash-pair";
import { conjoinedTransliterations } from "./cues/conjoined-transliteration";
import { givenNameReadAlone } from "./cues/surname-left-out";
import { agentAfterYouLengths } from "./cues/agent-after-you";
import { KIN_SLOT_MIN_PROBABILITY, kinSlotAt, kinSlotLengths } from "./cues/kin-slot";
import { candidateLengths, isChineseNameShaped } from "./cues/name-shape";
import { speakerCandidates } from "./cues/speech-verb-cue";
import { descriptorEndsAt } from "./cues/descriptor-cue";
import { ageSlotAt } from "./cues/age-slot";
import { foreignNameCandidates } from "./cues/foreign-name";
import { namesAfterCountry } from "./cues/country-name-slot";
import { calledNameCandidates } from "./cues/called-name";
import { titleAfter, titleEndingAt, titleHeadMayEndAt } from "./cues/title-phrase";
import {
  addMention,
  likeliestLength,
  overlaps,
  type Mention,
  type SpanProbabilities,
  type TaggedText,
} from "./mentions";
import type { Lexicons } from "./tagger/lexicons";
import { checkNameEdges } from "./cues/name-edges";
import { listItemVerdicts } from "./cues/list-items";
import { tibetanNames } from "./cues/tibetan-name";
import { japaneseGivenNameCandidates, UNLISTED_FAMILY_LENGTH } from "./cues/japanese-given-name";
import { japaneseNameCandidates } from "./cues/japanese-name";
import {
  hasListedFamilyAndJapaneseEnding,
  JAPANESE_LISTED_ENDING_MIN_PROBABILITY,
} from "./cues/japanese-listed-ending";
import { mendJapaneseFamilyCuts } from "./cues/japanese-family-cut";
import { listedFamilyPieces } from "./cues/japanese-family-piece";
import { OPINION_FRAME_MIN_PROBABILITY, opinionFrameNames } from "./cues/opinion-frame";
import { MIN_PEN_NAME, penFrameEnds } from "./cues/pen-frame";
import { isAddressPrefixPiece } from "./cues/address-prefix-piece";
import { lengthsEndingOnWordEdge, professionEndsAt } from "./cues/profession-slot";
import { lengthBeforeAdverb } from "./cues/adverb-name-edge";
import { endsOnAdverb, soldierOrYouthEndsAt } from "./cues/soldier-descriptors";
import { notedNames } from "./cues/ethnic-note";
import { workAuthorCandidates } from "./cues/work-author";
import { edgeContext, fixTaggerSlips, startsWithWord } from "./tagger-slips";
import { titleSlotLengths } from "./cues/title-slot-name";
import { LONG_TITLED_SPEAKER_MIN_PROBABILITY, longTitledSpeakerLengths } from "./cues/long-titled-speaker";
import { deputySlotLengths } from "./cues/deputy-slot-name";
import { referenceLexicon } from "./reference-lexicon";
import { parallelClauseSlots, RUN_CLAUSE_MIN_PROBABILITY, runClauseSlots, sureMentionAt } from "./cues/parallel-clause";
import { DESCRIBED_SPEAKER_MIN_PROBABILITY, describedSpeakerCandidates } from "./cues/described-speaker";
import { describedHomeCandidates } from "./cues/described-home";
import { BIOGRAPHY_OPENING_MIN_PROBABILITY, biographyOpenings } from "./cues/biography-opening";
import { AUTHOR_LABEL_MIN_PROBABILITY, authorLabelNames } from "./cues/author-label";
import { APPOINTEE_NAME_MIN_PROBABILITY, appointeeCandidates } from "./cues/appointee-name";
import { extendNamesCutBeforeClosers } from "./cues/closer-cut-name";
import { LIST_END_MIN_PROBABILITY, lengthsBeforeWord, listEndSlots } from "./cues/list-end-item";
import { HOUSEHOLD_SLOT_MIN_PROBABILITY, householdSlotLengths, householdWordEndsAt } from "./cues/household-word";

/**
 * The structural cues add the names the tagger missed, each where the cue says a name must be. The
 * cue says where a name starts; the tagger's span probability says how long it is and vetoes a
 * candidate it finds very unlikely. The thresholds are probabilities of the CRF tagger, set on
 * days 16–20 with a model trained on days 1–15.
 */
/** A name right after a title: the tagger only needs to not rule it out. */
export const TITLE_CUE_MIN_PROBABILITY = 0.01;
/** A name before a title (习近平总书记): titles follow units too (区委书记), so the tagger must agree. */
export const TITLE_AFTER_CUE_MIN_PROBABILITY = 0.05;
/**
 * A name with no listed surname in a closed slot after a title (`首席执行官福力慧分析称`,
 * cues/title-slot-name.ts): the slot holds words too, so the tagger must not find the name unlikely.
 */
export const TITLE_SLOT_MIN_PROBABILITY = 0.05;
/**
 * A name between a title and a deputy's title (`局长降初代表说`, cues/deputy-slot-name.ts): closed on
 * both sides, yet two characters there may still be a word the dictionaries lack, so the tagger is asked as in the open slot.
 */
export const DEPUTY_SLOT_MIN_PROBABILITY = 0.05;
/** A name before a speech verb: verbs follow units and pronouns too (公司表示), so ask a little more. */
export const SPEECH_CUE_MIN_PROBABILITY = 0.05;
/**
 * An item in a 、 list next to a name: the list is evidence, but lists of trees and goods hold a
 * name-like word too (杜仲), so the tagger must not find the item unlikely. Unusual names in lists of
 * names are taken by the list-item pass below. Days 16–20 (model of days 1–15): 0 → F1 0.9437
 * (FP 80), 0.001 → 0.9444, 0.03 and 0.1 → 0.9451 (FP 74, TP unchanged), 0.3 → 0.9448.
 */
export const LIST_CUE_MIN_PROBABILITY = 0.03;
/** A name joined to a name by 和/与/及: 和 joins anything, so the tagger must half agree. */
export const CONJUNCTION_CUE_MIN_PROBABILITY = 0.2;
/**
 * A transliterated partner of a transliterated name across 和/与/及 (cues/conjoined-transliteration.ts):
 * both sides spelt in foreign syllables is a closer slot than 和's, so the bar of a foreign name in a
 * title's slot (FOREIGN_CUE_MIN_PROBABILITY). PFR folds: 0.001–0.1 add the same two names, 0.2 one.
 */
export const CONJOINED_TRANSLITERATION_MIN_PROBABILITY = 0.05;
/**
 * A name's partner across a slash (`柯南山/宁禾`, cues/slash-pair.ts): the slash pairs like with like,
 * so the tagger need only not rule the partner out.
 */
export const SLASH_PAIR_MIN_PROBABILITY = 0.001;
/** A transliteration run in a name slot (`总统克雷库`): the tagger must not find it unlikely. */
export const FOREIGN_CUE_MIN_PROBABILITY = 0.05;
/**
 * A transliteration run closed on both sides (cues/bounded-foreign-run.ts): the slot is stronger than
 * the open one above, so the tagger is asked less. Folds 1–4 (fold models), TP FP against the slot
 * without this pass: 0.05 → +2 +0 (凯斯里, 菲赫里: the tagger's own, made the slot's), 0.01 → +3 +0
 * (内科瓦西尔 at 0.012), 0.001 and 0 → the same.
 */
export const BOUNDED_FOREIGN_MIN_PROBABILITY = 0.01;
/**
 * A transliteration run in a name slot this long is taken even when its first two characters make a
 * word (`总参谋长内科瓦西尔`: 内科): a word runs on into three more transliteration characters rarely.
 */
export const FOREIGN_RUN_OVER_WORD = 5;
/**
 * A name after 叫 that ends at 的 or punctuation (`一位叫孔方的店主`); the slot also vouches for a name
 * the tagger found there (support.ts). Days 16–20 (model of days 1–15): off → F1 0.9425, 0.05 →
 * 0.9430 (TP +3, FP +1: a place 名叫 introduces), 0.001 → the same names added.
 */
export const CALLED_CUE_MIN_PROBABILITY = 0.05;
/**
 * The same slot counted as a person's (`一位名叫…的`, cues/called-name.ts): 位 counts people only, so
 * no place is called there and the slot is as closed as a described speaker's (0.01). The model
 * retrained on days 1–20 gives a surname-led name there 0.04 (session 42); with 0.01 for every
 * called slot, fold 2 gained a place (`地方叫…，`) and no name.
 */
export const COUNTED_CALLED_CUE_MIN_PROBABILITY = DESCRIBED_SPEAKER_MIN_PROBABILITY;
/**
 * A transliteration run after its country that ends an item (`芬兰维尔塔宁、`): the slot is strong,
 * and the tagger, which rarely saw such line-ups, gives them 0.001 and less. Days 16–20 (model of
 * days 1–15): off → F1 0.9389 (TP 1929, FP 84), 0.05 and 0.01 → 0.9394, 0.0001 → 0.9407 (TP 1936,
 * FP 84), 0 → 0.9403 (FP 86).
 */
export const COUNTRY_CUE_MIN_PROBABILITY = 0.0001;
/**
 * A name stretched to its whole 、 list item (陆永|曾 → 陆永曾): the tagger must not rule the item out.
 * Both list thresholds on days 16–20 (model of days 1–15): none → F1 0.9365, 0.01 → 0.9376,
 * 0.001 → 0.9386, 0.0001 → 0.9389, 0.00001 → 0.9384, 0 → 0.9335.
 */
export const LIST_STRETCH_MIN_PROBABILITY = 0.0001;
/** An untagged 、 list item between names (汝林, 经少平): the tagger must not rule it out. */
export const LIST_ITEM_MIN_PROBABILITY = 0.0001;
/**
 * A name after a word saying what someone is (护士韩雪, 导演张艺谋, 作词柳风). Days 16–20: off →
 * F1 0.9389 (TP 1928, FP 83), 0.05 → 0.9389 (TP 1929, FP 84), 0.01 → 0.9385.
 */
export const DESCRIPTOR_CUE_MIN_PROBABILITY = 0.05;
/**
 * A name between 由 and its part in a work (`由某某某作曲`, cues/agent-after-you.ts): closed on both
 * sides, so the bar of a descriptor's slot. PFR folds: 0.1 and 0.01 add the same name (0.16).
 */
export const AGENT_AFTER_YOU_MIN_PROBABILITY = DESCRIPTOR_CUE_MIN_PROBABILITY;
/**
 * A name right after an age (`２３岁的保博`): a noun comes first as often (`６５岁的老工人`), so the
 * tagger must not find the name unlikely. The slot also vouches for a name the tagger found there
 * (support.ts). Days 16–20 (model of days 1–15): off → F1 0.9458 (TP 1946, FP 73); 0.05 and 0.2 →
 * 0.9466 (TP 1949, FP 73).
 */
export const AGE_CUE_MIN_PROBABILITY = 0.05;
/**
 * A name after a trade word (profession-slot.ts): the tagger gives such names little when the given
 * name ends in a word (吕凌晨 0.016), so it only must not find the name unlikely.
 */
export const PROFESSION_SLOT_MIN_PROBABILITY = 0.01;
/**
 * A two-character name there (a surname and one character) must be likelier, as after a listed
 * descriptor: with 0.01, PFR days 1–20 read `线路工安下心来` as 安下 (0.035); the fold models' 原媛 of
 * `运动员原媛和教练` (0.21) stays.
 */
export const PROFESSION_SLOT_SHORT_MIN_PROBABILITY = DESCRIPTOR_CUE_MIN_PROBABILITY;
/**
 * A Japanese name (a listed family name + one to three characters) in an article that speaks of
 * Japan: the tagger gives such names 0.01 and less (中川不器男 3e-5, 6e-6 with the model of days 1–15),
 * so it only must not rule the name out entirely. Days 16–20 (model of days 1–15): see
 * japanese-name.ts; 1e-5 → 1e-6: F1 0.9690 → 0.9693 (TP +1, FP ±0); days 1–20 (shipped model)
 * unchanged.
 */
export const JAPANESE_CUE_MIN_PROBABILITY = 0.000001;
/**
 * A Japanese name known by its given name's ending, not its family name (japanese-given-name.ts):
 * the cue is weaker than a listed family name, so the tagger must find the name less unlikely. Days
 * 1–20, four folds: 1e-6, 1e-5 and 1e-4 the same (6413 299 539).
 */
export const JAPANESE_GIVEN_CUE_MIN_PROBABILITY = 0.0001;
/**
 * A name that starts a clause and ends at a work's title (`白居易《长恨歌》`, work-author.ts): the
 * tagger must not rule it out.
 */
export const WORK_AUTHOR_MIN_PROBABILITY = 0.01;
/**
 * A name opening a clause of a run whose neighbour clause opens with a sure name and the same word
 * (`许家印捐款…，杨国强捐款…`, cues/parallel-clause.ts): the tagger must not rule it out.
 */
export const PARALLEL_CLAUSE_MIN_PROBABILITY = 0.005;
/** Names run together with no role before them (`（王彦田周亮）`): the tagger must find them likely. */
export const BARE_CREDIT_MIN_PROBABILITY = 0.05;

/**
 * `heading`: the text is a title or subtitle, where a closing bracket holds the column's name
 * (`…（看台人语）`), never a credit. `japan`: the article speaks of Japan (japanese-name.ts).
 */
export function addCueMentions(
  tagged: TaggedText,
  index: number,
  lexicons: Lexicons,
  heading = false,
  japan = false,
  creditScorer: SpanProbabilities = tagged.scorer,
): void {
  fixTaggerSlips(tagged, lexicons);
  addCredits(tagged, index, heading, creditScorer);
  if (!heading) addGivenNameCredits(tagged, index, lexicons);
  const { chars } = tagged;
  const add = (
    start: number,
    lengths: readonly number[],
    min: number,
    source: Mention["source"],
    wordStartAllowed = false,
  ) => {
    if (overlaps(tagged.mentions, start, start + 1)) return;
    if (!wordStartAllowed && startsWithWord(chars, start, lexicons)) return;
    const best = likeliestLength(tagged, start, lengths);
    if (best === null || best.probability < min) return;
    const end = start + best.length;
    const verdict = checkNameEdges(chars, start, end, edgeContext(lexicons));
    if (!verdict.keep || verdict.end !== end) return;
    // the tagger's given name read alone gives way to the cue's whole name (surname-left-out.ts)
    const alone = givenNameReadAlone(tagged.mentions, start, end);
    if (alone !== undefined) tagged.mentions = tagged.mentions.filter((m) => m !== alone);
    addMention(tagged, { text: index, start, end, source });
  };
  // name-shaped lengths at each position, asked by two of the passes below (they depend on the characters only)
  const lengthsAt: (readonly number[])[] = [];
  for (let at = 1; at < chars.length; at++) lengthsAt[at] = candidateLengths(chars, at);
  for (let at = 1; at < chars.length; at++) {
    const lengths = lengthsAt[at]!;
    if (lengths.length === 0) continue;
    const title = titleEndingAt(chars, at, lexicons.places);
    // 习近平总书记都要: a title written after its holder's name is not a title before the next word
    if (title !== null && !overlaps(tagged.mentions, title, at)) add(at, lengths, TITLE_CUE_MIN_PROBABILITY, "title");
  }
  const reference = referenceLexicon();
  const isWord = (w: string) =>
    lexicons.words.has(w) ||
    lexicons.places.has(w) ||
    reference.shortWords.has(w) ||
    reference.properNouns.has(w) ||
    reference.longWords.has(w);
  for (let at = 1; at < chars.length; at++) {
    // the slot's readings cost dictionary lookups: only where a title's head can end
    if (!titleHeadMayEndAt(chars, at) || overlaps(tagged.mentions, at, at + 1)) continue;
    const lengths = titleSlotLengths(chars, at, isWord);
    if (lengths.length === 0) continue;
    const title = titleEndingAt(chars, at, lexicons.places);
    if (title !== null && !overlaps(tagged.mentions, title, at)) add(at, lengths, TITLE_SLOT_MIN_PROBABILITY, "title");
  }
  // a long name with no listed surname between a title and a verb of saying (long-titled-speaker.ts)
  for (let at = 1; at < chars.length; at++) {
    if (!titleHeadMayEndAt(chars, at) || overlaps(tagged.mentions, at, at + 1)) continue;
    const lengths = longTitledSpeakerLengths(chars, at, isWord);
    if (lengths.length === 0) continue;
    const title = titleEndingAt(chars, at, lexicons.places);
    if (title !== null && !overlaps(tagged.mentions, title, at))
      add(at, lengths, LONG_TITLED_SPEAKER_MIN_PROBABILITY, "title");
  }
  for (let at = 1; at < chars.length; at++) {
    if (!titleHeadMayEndAt(chars, at) || overlaps(tagged.mentions, at, at + 1)) continue;
    const lengths = deputySlotLengths(chars, at, isWord);
    if (lengths.length === 0) continue;
    const title = titleEndingAt(chars, at, lexicons.places);
    if (title !== null && !overlaps(tagged.mentions, title, at)) add(at, lengths, DEPUTY_SLOT_MIN_PROBABILITY, "title");
  }
  for (let end = 2; end <= chars.length; end++) {
    if (titleAfter(chars, end) === null) continue;
    for (const length of [3, 2]) {
      const start = end - length;
      if (start >= 0 && isChineseNameShaped(chars.slice(start, end)))
        add(start, [length], TITLE_AFTER_CUE_MIN_PROBABILITY, "title");
    }
  }
  for (const { start, lengths } of speakerCandidates(chars)) add(start, lengths, SPEECH_CUE_MIN_PROBABILITY, "speech");
  // closed on both sides: a descriptor and a verb of saying (described-speaker.ts), an appointing verb and 为 (appointee-name.ts)
  for (const { start, lengths } of describedSpeakerCandidates(chars, lengthsAt))
    add(start, lengths, DESCRIBED_SPEAKER_MIN_PROBABILITY, "speech");
  // a descriptor and the person's home, 家 (described-home.ts): as closed as the described speaker's slot
  for (const { start, lengths } of describedHomeCandidates(chars, isWord, lengthsAt))
    add(start, lengths, DESCRIBED_SPEAKER_MIN_PROBABILITY, "title");
  for (const { start, lengths } of appointeeCandidates(chars))
    add(start, lengths, APPOINTEE_NAME_MIN_PROBABILITY, "title");
  // a life story's opening: <name>，<year>年出生 (cues/biography-opening.ts)
  // closed on both sides (the text's or sentence's start, the comma): no edge check, so a function
  // character for a surname (于|海河) stays the name's
  for (const { start, lengths } of biographyOpenings(chars)) {
    const best = likeliestLength(tagged, start, lengths);
    if (best === null || best.probability < BIOGRAPHY_OPENING_MIN_PROBABILITY) continue;
    if (!overlaps(tagged.mentions, start, start + best.length))
      addMention(tagged, { text: index, start, end: start + best.length, source: "title" });
  }
  // a name after 作者： (cues/author-label.ts), read to the first character that is no Han
  // (the tagger's own reading of the same span becomes the label's: support.ts keeps a cue's name)
  for (const { start, end } of authorLabelNames(chars)) {
    const own = tagged.mentions.find((m) => m.source === "tagger" && m.start === start && m.end === end);
    if (own !== undefined) own.source = "title";
    else if (tagged.scorer.spanProbability(start, end) >= AUTHOR_LABEL_MIN_PROBABILITY)
      addMention(tagged, { text: index, start, end, source: "title" });
  }
  // a name right before 笔下 (cues/pen-frame.ts): the tagger's own reading becomes the frame's
  // (support.ts keeps a cue's name); the frame adds none
  for (const end of penFrameEnds(chars)) {
    const own = tagged.mentions.find((m) => m.source === "tagger" && m.end === end && end - m.start >= MIN_PEN_NAME);
    if (own !== undefined) own.source = "title";
  }
  for (let at = 1; at < chars.length; at++) {
    const lengths = lengthsAt[at]!;
    if (lengths.length > 0 && descriptorEndsAt(chars, at)) add(at, lengths, DESCRIPTOR_CUE_MIN_PROBABILITY, "title");
    if (lengths.length > 0 && ageSlotAt(chars, at)) add(at, lengths, AGE_CUE_MIN_PROBABILITY, "title");
    // a kin word (cues/kin-slot.ts): 其表弟某某某, 的二哥某某某
    if (lengths.length > 0 && kinSlotAt(chars, at))
      add(at, kinSlotLengths(chars, at, lengths, isWord), KIN_SLOT_MIN_PROBABILITY, "title");
    // 由 and the part in a work after the name (cues/agent-after-you.ts)
    if (lengths.length > 0) {
      const agent = agentAfterYouLengths(chars, at, lengths);
      if (agent.length > 0) add(at, agent, AGENT_AFTER_YOU_MIN_PROBABILITY, "title");
    }
    // a soldier's rank or kind, 小伙, 姑娘 (soldier-descriptors.ts): a name whose end makes no word with the next
    if (lengths.length > 0 && soldierOrYouthEndsAt(chars, at)) {
      // no common word (民兵|连长: a post; a place's name, 黄龙, may be a person's), no word across the end
      const commonWord = (w: string) => lexicons.words.has(w) || reference.shortWords.has(w);
      const slotLengths = lengthsEndingOnWordEdge(chars, at, lengths, isWord).filter(
        (n) => !endsOnAdverb(chars, at, n) && !commonWord(chars.slice(at, at + n).join("")),
      );
      // a name that reaches the adverb after it (邱立新|常去) wins over a likelier shorter one (adverb-name-edge.ts)
      const edge = lengthBeforeAdverb(chars, at, slotLengths, (n) => tagged.scorer.spanProbability(at, at + n));
      if (edge !== null) tagged.mentions = tagged.mentions.filter((m) => !(m.source === "tagger" && m.start === at));
      if (edge !== null && !overlaps(tagged.mentions, at, at + edge))
        addMention(tagged, { text: index, start: at, end: at + edge, source: "title" });
      // the tagger's own name there is the slot's (support.ts keeps a cue's name)
      const own = tagged.mentions.find(
        (m) => m.source === "tagger" && m.start === at && slotLengths.includes(m.end - at),
      );
      if (own !== undefined && !startsWithWord(chars, at, lexicons)) own.source = "title";
      const best = likeliestLength(tagged, at, slotLengths);
      if (best !== null && best.probability >= DESCRIPTOR_CUE_MIN_PROBABILITY) {
        // the tagger's name run on over the adverb (邱某常|去) gives way to the slot's
        const runOn = (m: Mention) => m.source === "tagger" && m.start === at && endsOnAdverb(chars, at, m.end - at);
        tagged.mentions = tagged.mentions.filter((m) => !runOn(m));
        add(at, [best.length], DESCRIPTOR_CUE_MIN_PROBABILITY, "title");
      }
    }
    // a household or a generation word (cues/household-word.ts): 贫困户某某, 80后某某
    if (lengths.length > 0 && householdWordEndsAt(chars, at)) {
      const slot = householdSlotLengths(chars, at, lengthsEndingOnWordEdge(chars, at, lengths, isWord));
      const best = likeliestLength(tagged, at, slot);
      if (best !== null) add(at, [best.length], HOUSEHOLD_SLOT_MIN_PROBABILITY, "title");
    }
    if (lengths.length > 0 && professionEndsAt(chars, at, isWord)) {
      const best = likeliestLength(tagged, at, lengthsEndingOnWordEdge(chars, at, lengths, isWord));
      const min = best?.length === 2 ? PROFESSION_SLOT_SHORT_MIN_PROBABILITY : PROFESSION_SLOT_MIN_PROBABILITY;
      if (best !== null) add(at, [best.length], min, "title");
    }
  }
  for (const { start, end } of foreignNameCandidates(chars, lexicons.places)) {
    stretchToForeignRun(tagged, index, start, end, lexicons.words, FOREIGN_STRETCH_MIN_PROBABILITY);
    add(start, [end - start], FOREIGN_CUE_MIN_PROBABILITY, "title", end - start >= FOREIGN_RUN_OVER_WORD);
  }
  // a transliteration run closed on both sides, title or 、 before and a clause's end after (cues/bounded-foreign-run.ts)
  for (const { start, end } of boundedForeignRuns(chars, lexicons.places)) {
    // the tagger's own reading of the run becomes the slot's (support.ts keeps a cue's name)
    const own = tagged.mentions.find((m) => m.source === "tagger" && m.start === start && m.end === end);
    if (own !== undefined) own.source = "title";
    add(start, [end - start], BOUNDED_FOREIGN_MIN_PROBABILITY, "title", end - start >= FOREIGN_RUN_OVER_WORD);
  }
  if (japan) {
    addJapaneseNames(tagged, index, lexicons);
    mendJapaneseFamilyCuts(tagged, (w) => lexicons.words.has(w) || lexicons.places.has(w));
  }
  // a foreign name holding a view: 在…阿苏曼看来 (cues/opinion-frame.ts)
  for (const { start, end } of opinionFrameNames(chars))
    if (!lexicons.places.has(chars.slice(start, end).join("")))
      add(start, [end - start], OPINION_FRAME_MIN_PROBABILITY, "title");
  for (const { start, lengths } of workAuthorCandidates(chars))
    add(start, lengths, WORK_AUTHOR_MIN_PROBABILITY, "title");
  // both ends fixed (叫, then 的 or punctuation): a name may start with a word or a place (名叫|韩国英的)
  for (const { start, lengths, counted } of calledNameCandidates(chars))
    add(start, lengths, counted ? COUNTED_CALLED_CUE_MIN_PROBABILITY : CALLED_CUE_MIN_PROBABILITY, "title", true);
  for (const { start, end } of namesAfterCountry(chars, lexicons.places)) {
    stretchToForeignRun(tagged, index, start, end, lexicons.words, COUNTRY_STRETCH_MIN_PROBABILITY);
    add(start, [end - start], COUNTRY_CUE_MIN_PROBABILITY, "title");
  }
  const sure = sureMentionAt(tagged.mentions, (s, e) => tagged.scorer.spanProbability(s, e));
  for (const { start, lengths } of parallelClauseSlots(chars, sure))
    add(start, lengths, PARALLEL_CLAUSE_MIN_PROBABILITY, "list");
  for (const { start, lengths } of runClauseSlots(chars, sure)) add(start, lengths, RUN_CLAUSE_MIN_PROBABILITY, "list");
  // the last item of a list of sure names, run on into its verb (cues/list-end-item.ts): 甲某某、乙某某相继…
  for (const { start, lengths } of listEndSlots(chars, sure)) {
    const best = likeliestLength(tagged, start, lengthsBeforeWord(chars, start, lengths, isWord));
    // closed on both sides (the 、, the word after): no edge check, which would cut 某某时|相继 at 时相
    if (best === null || best.probability < LIST_END_MIN_PROBABILITY) continue;
    if (!overlaps(tagged.mentions, start, start + best.length))
      addMention(tagged, { text: index, start, end: start + best.length, source: "list" });
  }
  addTibetanNames(tagged, index);
  addNotedNames(tagged, index);
  addListNeighbours(tagged, index, (w) => lexicons.words.has(w) || lexicons.places.has(w));
  addListItems(tagged, index, lexicons);
  // a name cut one character before its verb of saying or deputy's title (closer-cut-name.ts)
  extendNamesCutBeforeClosers(tagged, creditScorer, isWord, (w) => lexicons.places.has(w));
}

/**
 * A tagger name cut inside a transliteration run that stands in a name slot (`外长因|苏尔萨`,
 * `副外长帕潘德里|欧`): the slot says where the name starts and the run where it ends, so the name is
 * the whole run, if the tagger does not find the run unlikely. Only a lone tagger guess inside the
 * run is replaced; a cue's or a credit's reading stays, and so does a run whose edge character makes a
 * word with its neighbour. Days 16–20 (model of days 1–15): off → F1 0.9451 (TP 1944, FP 74); 0 and
 * 0.01 → 0.9458 (TP 1946, FP 73); without the word check, 0 → 0.9453 (FP 75: 哈瓦特博士, 感谢萨达姆).
 */
export const FOREIGN_STRETCH_MIN_PROBABILITY = 0.01;
/**
 * The same for a run after its country that ends an item (`美国斯特|里特；`, country-name-slot.ts): the
 * slot is as strong as the country cue's, so the same veto. Days 16–20 (model of days 1–15): F1
 * 0.9573 → 0.9578 (TP 1983 → 1984, FP 64 → 63); days 1–20 (shipped model) unchanged.
 */
export const COUNTRY_STRETCH_MIN_PROBABILITY = COUNTRY_CUE_MIN_PROBABILITY;

function stretchToForeignRun(
  tagged: TaggedText,
  index: number,
  start: number,
  end: number,
  words: ReadonlySet<string>,
  min: number,
): void {
  // a run's edge that makes a word with its neighbour is not the name's (感|谢萨达姆, 哈瓦特|博士)
  const { chars } = tagged;
  if (words.has(`${chars[start - 1]}${chars[start]}`) || words.has(`${chars[end - 1]}${chars[end]}`)) return;
  const inside = tagged.mentions.filter((m) => m.start < end && start < m.end);
  if (inside.length !== 1) return;
  const [cut] = inside as [Mention];
  if (cut.source !== "tagger" || cut.start < start || cut.end > end || (cut.start === start && cut.end === end)) return;
  if (tagged.scorer.spanProbability(start, end) < min) return;
  tagged.mentions = tagged.mentions.filter((m) => m !== cut);
  addMention(tagged, { text: index, start, end, source: "title" });
}

/** Japanese names (石田退三): the likeliest length after a listed family name, if not a known word or place. */
function addJapaneseNames(tagged: TaggedText, index: number, lexicons: Lexicons): void {
  const { chars } = tagged;
  const candidates = [
    ...japaneseNameCandidates(chars).map((c) => ({ ...c, min: JAPANESE_CUE_MIN_PROBABILITY, over: false })),
    ...japaneseGivenNameCandidates(chars).map((c) => ({ ...c, min: JAPANESE_GIVEN_CUE_MIN_PROBABILITY, over: true })),
  ];
  for (const { start, lengths, min, over } of candidates) {
    const best = likeliestLength(tagged, start, lengths);
    if (best === null) continue;
    // a listed family name and a Japanese given name's ending: a lower floor (japanese-listed-ending.ts)
    const listedEnding = !over && hasListedFamilyAndJapaneseEnding(chars, start, best.length);
    if (best.probability < (listedEnding ? JAPANESE_LISTED_ENDING_MIN_PROBABILITY : min)) continue;
    const end = start + best.length;
    const text = chars.slice(start, end).join("");
    if (lexicons.words.has(text) || lexicons.places.has(text)) continue;
    if (over && startsWithKnownWord(chars, start, lexicons)) continue;
    const verdict = checkNameEdges(chars, start, end, edgeContext(lexicons));
    if (!verdict.keep || verdict.end !== end) continue;
    // the given name's ending vouches for the whole name over the tagger's piece of it (小渊惠|三)
    if (over) {
      const piece = tagged.mentions.find((m) => m.start === start && m.end < end);
      if (piece !== undefined && isJapaneseNamePiece(piece, chars))
        tagged.mentions = tagged.mentions.filter((m) => m !== piece);
    }
    // 小 or 老 read as a form of address before the rest of the name (小|泽秀树): address-prefix-piece.ts
    const prefixCut = (m: Mention) => m.source === "tagger" && isAddressPrefixPiece(chars, start, end, m.start, m.end);
    const rest = tagged.mentions.filter((m) => !prefixCut(m));
    if (rest.length < tagged.mentions.length && !overlaps(rest, start, end)) tagged.mentions = rest;
    // the tagger's own reading of a listed family name's name, whole or in pieces (japanese-family-piece.ts)
    const pieces = over ? [] : listedFamilyPieces(chars, tagged.mentions, start, end);
    if (pieces.length > 0) tagged.mentions = tagged.mentions.filter((m) => !pieces.includes(m));
    addMention(tagged, { text: index, start, end, source: "title" });
  }
}

/** Whether an unlisted family name is a known word or place (中国|孢子, 自古|英雄): no family name then. */
function startsWithKnownWord(chars: readonly string[], start: number, lexicons: Lexicons): boolean {
  const family = chars.slice(start, start + UNLISTED_FAMILY_LENGTH).join("");
  return lexicons.words.has(family) || lexicons.places.has(family);
}

/**
 * The tagger's piece of a Japanese name that its given name's ending completes (小渊惠|三): a name of
 * its own, longer than the family name, that is not a Chinese name (金明秀|吉 of a list is).
 */
function isJapaneseNamePiece(piece: Mention, chars: readonly string[]): boolean {
  if (piece.source !== "tagger" || piece.end - piece.start <= UNLISTED_FAMILY_LENGTH) return false;
  return !isChineseNameShaped(chars.slice(piece.start, piece.end));
}

/** Tibetan names (次仁多吉): two known parts are one name, over the pieces the tagger cut them in. */
function addTibetanNames(tagged: TaggedText, index: number): void {
  for (const { start, end } of tibetanNames(tagged.chars)) {
    tagged.mentions = tagged.mentions.filter((m) => m.start < start || m.end > end);
    addMention(tagged, { text: index, start, end, source: "title" });
  }
}

/**
 * A name before a nationality note (ethnic-note.ts) is the whole item, over the pieces the tagger cut
 * it in, unless the tagger rules the item out. Days 16–20 (model of days 1–15): see ethnic-note.ts.
 */
export const ETHNIC_NOTE_MIN_PROBABILITY = 0.00001;

function addNotedNames(tagged: TaggedText, index: number): void {
  for (const { start, end } of notedNames(tagged.chars)) {
    if (tagged.mentions.some((m) => m.start === start && m.end === end)) continue;
    if (tagged.mentions.some((m) => m.source !== "tagger" && m.start < end && start < m.end)) continue;
    if (tagged.scorer.spanProbability(start, end) < ETHNIC_NOTE_MIN_PROBABILITY) continue;
    tagged.mentions = tagged.mentions.filter((m) => m.end <= start || end <= m.start);
    addMention(tagged, { text: index, start, end, source: "list" });
  }
}

/** Whole 、 list items as names: a name stretched to its item, an untagged item between names. */
function addListItems(tagged: TaggedText, index: number, lexicons: Lexicons): void {
  // each item taken can vouch for the next one (净慧 and then 宛耀宾): repeat until nothing changes
  for (let round = 0; round < MAX_LIST_ROUNDS; round++) if (!addListItemsOnce(tagged, index, lexicons)) return;
}

/** Rounds of `addListItems`: a list of delegates is read through in a few. */
const MAX_LIST_ROUNDS = 8;

function addListItemsOnce(tagged: TaggedText, index: number, lexicons: Lexicons): boolean {
  let changed = false;
  const { stretch, add } = listItemVerdicts(tagged.chars, tagged.mentions);
  const known = (start: number, end: number) => {
    const text = tagged.chars.slice(start, end).join("");
    return lexicons.words.has(text) || lexicons.places.has(text);
  };
  for (const { item, name } of stretch) {
    if (known(item.start, item.end)) continue;
    if (tagged.scorer.spanProbability(item.start, item.end) < LIST_STRETCH_MIN_PROBABILITY) continue;
    tagged.mentions = tagged.mentions.filter((m) => m.start !== name.start || m.end !== name.end);
    changed = addMention(tagged, { text: index, start: item.start, end: item.end, source: "list" }) || changed;
  }
  for (const item of add) {
    if (known(item.start, item.end)) continue;
    if (tagged.scorer.spanProbability(item.start, item.end) < LIST_ITEM_MIN_PROBABILITY) continue;
    changed = addMention(tagged, { text: index, start: item.start, end: item.end, source: "list" }) || changed;
  }
  return changed;
}

/**
 * Names in lists: 、 neighbours of a name, then names joined to one by 和/与/及 (a transliterated
 * partner of a transliterated name, if it is no word or place), until nothing changes.
 */
function addListNeighbours(tagged: TaggedText, index: number, isWordOrPlace: (w: string) => boolean): void {
  let added = true;
  while (added) {
    added = false;
    for (const mention of [...tagged.mentions]) {
      for (const item of listNeighbours(tagged.chars, mention)) {
        if (overlaps(tagged.mentions, item.start, item.end)) continue;
        if (tagged.scorer.spanProbability(item.start, item.end) < LIST_CUE_MIN_PROBABILITY) continue;
        added = addMention(tagged, { text: index, ...item, source: "list" }) || added;
      }
      let best: { start: number; end: number; probability: number } | null = null;
      for (const item of conjoinedCandidates(tagged.chars, mention)) {
        if (overlaps(tagged.mentions, item.start, item.end)) continue;
        const probability = tagged.scorer.spanProbability(item.start, item.end);
        if (probability >= CONJUNCTION_CUE_MIN_PROBABILITY && (best === null || probability > best.probability))
          best = { ...item, probability };
      }
      if (best !== null)
        added = addMention(tagged, { text: index, start: best.start, end: best.end, source: "list" }) || added;
      for (const item of conjoinedTransliterations(tagged.chars, mention)) {
        if (overlaps(tagged.mentions, item.start, item.end)) continue;
        if (isWordOrPlace(tagged.chars.slice(item.start, item.end).join(""))) continue;
        if (tagged.scorer.spanProbability(item.start, item.end) < CONJOINED_TRANSLITERATION_MIN_PROBABILITY) continue;
        added = addMention(tagged, { text: index, start: item.start, end: item.end, source: "list" }) || added;
      }
      let partner: { start: number; end: number; probability: number } | null = null;
      for (const item of slashPartnerCandidates(tagged.chars, mention)) {
        if (overlaps(tagged.mentions, item.start, item.end)) continue;
        const probability = tagged.scorer.spanProbability(item.start, item.end);
        if (probability >= SLASH_PAIR_MIN_PROBABILITY && (partner === null || probability > partner.probability))
          partner = { ...item, probability };
      }
      if (partner !== null)
        added = addMention(tagged, { text: index, start: partner.start, end: partner.end, source: "list" }) || added;
    }
  }
}

/** Credits: names run together after a role, in closing brackets, or as a line of their own. */
function addCredits(tagged: TaggedText, index: number, heading: boolean, scorer: SpanProbabilities): void {
  const runs = heading
    ? []
    : [
        ...creditRuns(tagged.chars),
        ...labelledCreditRuns(tagged.chars),
        ...labelledCreditLineRuns(tagged.chars),
      ].concat(datelineCreditRuns(tagged.chars));
  for (const run of runs) {
    // one reading: the article's second reading judges it; several: the first, whose names did not vote for themselves
    const best = likeliestSplit(tagged.chars, run.splits.length === 1 ? tagged.scorer : scorer, run);
    if (!run.afterRole && best.probability < BARE_CREDIT_MIN_PROBABILITY) continue;
    tagged.mentions = tagged.mentions.filter((m) => !(m.start < run.end && run.start < m.end));
    let at = run.start;
    for (const length of best.split) {
      addMention(tagged, { text: index, start: at, end: at + length, source: "credit" });
      at += length;
    }
  }
}

/** Given names run together in a paragraph's closing bracket (`（家和军平）`, cues/given-name-credit.ts). */
function addGivenNameCredits(tagged: TaggedText, index: number, lexicons: Lexicons): void {
  const reference = referenceLexicon();
  const isWord = (w: string) => lexicons.words.has(w) || reference.shortWords.has(w);
  const pieces = givenNameCreditPieces(tagged.chars, tagged.mentions, isWord, (w) => lexicons.places.has(w));
  if (pieces === null) return;
  // the tagger's names that cut across the pieces (`向|宁翠玉`) give way
  tagged.mentions = tagged.mentions.filter(
    (m) => !pieces.some((p) => m.start < p.end && p.start < m.end && (m.start !== p.start || m.end !== p.end)),
  );
  for (const piece of pieces) {
    const own = tagged.mentions.find((m) => m.start === piece.start && m.end === piece.end);
    if (own !== undefined) own.source = "credit";
    else addMention(tagged, { text: index, start: piece.start, end: piece.end, source: "credit" });
  }
}

/**
 * The reading of a credit run the tagger likes best, by the geometric mean of its names'
 * probabilities, with the commoner surnames preferred where it reads several ways (surname-rank.ts);
 * `probability` is the tagger's geometric mean for the reading chosen.
 */
function likeliestSplit(
  chars: readonly string[],
  scorer: SpanProbabilities,
  run: CreditRun,
): { split: number[]; probability: number } {
  let best = { split: run.splits[0]!, probability: -1, score: -Infinity };
  for (const split of run.splits) {
    let at = run.start;
    const logs: number[] = [];
    const names: string[] = [];
    for (const length of split) {
      logs.push(Math.log(Math.max(1e-12, scorer.spanProbability(at, at + length))));
      names.push(chars.slice(at, at + length).join(""));
      at += length;
    }
    const probability = Math.exp(logs.reduce((a, b) => a + b, 0) / split.length);
    const score = run.splits.length === 1 ? probability : creditReadingScore(names, logs);
    if (score > best.score) best = { split, probability, score };
  }
  return { split: best.split, probability: best.probability };
}
