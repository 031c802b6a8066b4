import { followedByPhotoCredit } from "./cues/credit-cue";
import { LIST_SEPARATOR } from "./cues/list-cue";
import { titleAfter, titlesBefore, verbLexiconOf, type TitleDictionary } from "./cues/title-phrase";
import { verbLedTitleStart } from "./cues/verb-led-title";
import { latinLedTitleStart } from "./cues/latin-led-title";
import { descriptionAfter, descriptionBefore, endsWithPersonNoun } from "./cues/description";
import { isPlacedAthlete } from "./cues/athlete-nouns";
import { deputyTitleAfter } from "./cues/deputy-after-name";
import { latePostsAfter } from "./cues/late-post";
import { countedRoleBefore } from "./cues/counted-role";
import { groupTitleAfter } from "./cues/group-title";
import { chainBeforeDescription, chainBeforeTitles } from "./cues/chained-description";
import { bracketedTitlesAfter } from "./cues/bracketed-titles";
import { deputyBracketedPosts } from "./cues/deputy-bracketed-posts";
import { copulaTitlesAfter } from "./cues/copula-titles";
import { isPairSecond, uncountedRole } from "./cues/counted-pair";
import { isNativePlace } from "./cues/native-place";
import { properNounLedTitleStart } from "./cues/proper-noun-led-title";
import { possessiveOrganisationStart } from "./cues/possessive-organisation";
import { tenureTitlesBefore } from "./cues/tenure-title";
import { roleAfterName } from "./cues/role-after-name";
import { afterDatelineStart } from "./cues/dateline-close";
import { quotedHonourStart } from "./cues/quoted-honour";
import { publicationTitleStart } from "./cues/publication-title";
import { listTailHead } from "./cues/list-tail";
import { leadingAdverbialEnd } from "./cues/leading-adverbial";
import { kinTermOf } from "./cues/kin-object";
import { kinWithoutOwner } from "./cues/kin-terms";
import { opensWithFrom, possessivePlaceStart } from "./cues/possessive-place";
import { quotedRoleBefore } from "./cues/quoted-role";
import { motionPrepositionEnd } from "./cues/motion-preposition";
import { joinedTitlesAfter } from "./cues/joined-titles-after";
import { whenClauseEnd } from "./cues/when-clause";
import { functionCharWordStart } from "./cues/function-char-word";
import { projectOwnerStart } from "./cues/project-owner";
import { isPlaceByline } from "./cues/place-byline";
import { copulaDescriptionAfter } from "./cues/copula-possessive-description";

import { joinedTitlesBefore } from "./cues/joined-titles-before";
import { wordCutDescriptionStart } from "./cues/word-cut-description";
import { afterCompanionVerb } from "./cues/companion-verb";
import { placeChainDescription } from "./cues/place-chain-description";
import { postAfterName } from "./cues/post-after-name";
import { withoutInterviewVerb } from "./cues/interview-dash";
import { withoutVerbPhraseFront } from "./cues/verb-phrase-front";
import { withoutApprovalPreposition } from "./cues/approval-verb";
import { cohortDescriptionStart } from "./cues/cohort-description";
import { REPORTER_ROLE } from "../parse/credits";
import type { Mention, TaggedText } from "./mentions";

/**
 * The roles of each person in an article, from every mention: titles before it (or, in a 、 list,
 * the titles of the list's first name, shared by its last name after 和 too), a title after it, or
 * a credit (→ reporter); with no title before or after it, the description the sentence gives
 * (村民, 返乡大学生). Per person the roles keep text order, once each; a role that ends another role
 * of the same person is the same title said shorter (书记 of 省委书记) and is dropped. A credited
 * person is only a reporter.
 */
export function mentionRoles(
  tagged: TaggedText,
  places: ReadonlySet<string>,
  dictionary?: TitleDictionary,
): Map<Mention, string[]> {
  const roles = new Map<Mention, string[]>();
  const nameEnds = new Set(tagged.mentions.map((m) => m.end));
  const nameEndsAt = (end: number) => nameEnds.has(end);
  const verbs = dictionary === undefined ? null : verbLexiconOf(dictionary);
  const endOfNameAt = new Map(tagged.mentions.map((m) => [m.start, m.end]));
  const nameEndAfter = (start: number) => endOfNameAt.get(start) ?? null;
  const names = [...new Set(tagged.mentions.map((m) => m.name))];
  const isNameEnd = (front: string) => names.some((n) => n.endsWith(front));
  const mentionEndingAt = (end: number) => tagged.mentions.find((m) => m.end === end);
  // the mentions whose roles before them are a description alone (村民A): a pair after them shares it
  const describedOnly = new Set<Mention>();
  const describe = (end: number) => {
    // or, too long for that reading, one after a chain of places (`…自治区…自治县贫困户`)
    const found =
      descriptionBefore(tagged.chars, end, places) ??
      placeChainDescription(tagged.chars, end, places, endsWithPersonNoun);
    if (found === null || places.has(found) || isNativePlace(found, places)) return null;
    // a description cut in front by a proper noun (`、缅甸|知名社会活动家`) is read whole, as a title is
    const cut0 = end - Array.from(found).length;
    // a student's cohort on its front (`级|博士研究生`) is read with its year and school
    const cut = cohortDescriptionStart(tagged.chars, cut0) ?? cut0;
    const isWord = (w: string) => verbs !== null && (verbs.properNouns.has(w) || verbs.isWord(w));
    // one cut at a function character opening a word (`对|话中方牵头人`) is read to its clause's start
    const read = verbs === null ? cut : (wordCutDescriptionStart(tagged.chars, cut, end, verbs.isWord) ?? cut);
    // a description run back into the paragraph's dateline starts after its 电 (`…日电|南岭特区行政长官`)
    const dated = afterDatelineStart(tagged.chars, read, end) ?? read;
    // never from a sentence's adverbial or a preposition opening its clause (`这段时间|…`, `据|…`)
    const adverbial = leadingAdverbialEnd(tagged.chars, dated, end) ?? dated;
    // nor from the 当 (when) opening its clause before a proper noun (`当|北川大学博士生`)
    const when =
      verbs === null
        ? adverbial
        : (whenClauseEnd(tagged.chars, adverbial, end, isWord, verbs.properNouns) ?? adverbial);
    // nor from before a preposition of motion inside it (`同志往|养殖户`)
    const start = motionPrepositionEnd(tagged.chars, when, end) ?? when;
    const proper = properNounLedTitleStart(tagged.chars, start, dictionary?.properNouns) ?? start;
    // a common word holding a function character inside the body's name (`将军|路派出所民警`)
    const led = verbs === null ? proper : (functionCharWordStart(tagged.chars, proper, end, verbs.isWord) ?? proper);
    // a description whose organisation is joined to it by 的 (`…饭店的老板`) is read whole, as a title is
    const owned =
      possessiveOrganisationStart(tagged.chars, led, end) ??
      projectOwnerStart(tagged.chars, led, end) ??
      possessivePlaceStart(tagged.chars, led, places) ??
      led;
    // and one right after a work's or a publication's name in 《》 (`由《牡丹亭》作者`) takes it, as a title does
    const work = publicationTitleStart(tagged.chars, owned, end, places) ?? owned;
    // and an honour in quotes before its holder's word (`“共和国勋章”获得者`), quotes kept
    const honoured = quotedHonourStart(tagged.chars, work, end) ?? work;
    // and a Latin word inside its body (`珠江医院ICU|医生`) with the body before it, as a title is
    const lettered = latinLedTitleStart(tagged.chars, honoured, end) ?? honoured;
    // and never from a verb whose object is the description's place or body (`战胜|俄罗斯选手`)
    // (where a person comes from, `来自四川的游客`, keeps its 来自: `possessive-place.ts`)
    const object =
      verbs === null || opensWithFrom(tagged.chars, lettered, places)
        ? null
        : verbLedTitleStart(tagged.chars, lettered, end, places, verbs);
    const phrase = object ?? lettered;
    // and never from another person and a verb of company (`林大同偕|夫人`)
    const accompanied = afterCompanionVerb(tagged.chars, phrase, end, nameEndsAt) ?? phrase;
    // a kin term after its owner's name (`兰英丈夫`) is the kin term alone
    return kinWithoutOwner(tagged.chars.slice(accompanied, end).join(""), kinTermOf, isNameEnd);
  };
  const titlesEndingAt = (end: number) => titlesBefore(tagged.chars, end, places, nameEndsAt, dictionary);
  const namedBefore = (from: number, to: number) => tagged.mentions.some((m) => m.start >= from && m.start < to);
  // the roles a count put before a pair of names (两名党员护士A和B), by the pair's first name
  const countedRoles = new Map<Mention, string[]>();
  for (const mention of tagged.mentions) {
    const own: string[] = [];
    const listHead =
      tagged.chars[mention.start - 1] === LIST_SEPARATOR
        ? tagged.mentions.find((m) => m.end === mention.start - 1)
        : undefined;
    const pairHead = isPairSecond(tagged.chars, mention.start, nameEndsAt)
      ? tagged.mentions.find((m) => m.end === mention.start - 1)
      : undefined;
    const pairRoles = pairHead === undefined ? undefined : countedRoles.get(pairHead);
    // the last name of a list, after 和 (`队员A、B和C`, `脱贫户A和B`), shares the list's head
    const tailHead =
      listHead !== undefined || pairRoles !== undefined
        ? undefined
        : listTailHead(tagged.chars, mention.start, mentionEndingAt, (m) => describedOnly.has(m));
    const tailRoles = tailHead === undefined ? [] : (roles.get(tailHead) ?? []);
    if (listHead)
      own.push(...(roles.get(listHead) ?? []).filter((r) => r !== REPORTER_ROLE || mention.source !== "repeat"));
    else if (pairRoles !== undefined) own.push(...pairRoles);
    else if (tailRoles.length > 0) own.push(...tailRoles.filter((r) => r !== REPORTER_ROLE));
    else {
      const counted = countedRoleBefore(tagged.chars, mention.start);
      const read =
        counted === null ? titlesBefore(tagged.chars, mention.start, places, nameEndsAt, dictionary) : [counted];
      // a dated post joined to the name by 的 (`时任…副所长的曾志德`)
      const dated = read.length > 0 ? read : tenureTitlesBefore(tagged.chars, mention.start, titlesEndingAt);
      // an interview's subtitle (`——访…所长X`): the title right before the name starts after the 访
      // and an approval's 经 opening the clause (`经…委员会主席X批准`) is no part of the title either
      const titles = dated.map((t, i) =>
        i === dated.length - 1
          ? withoutApprovalPreposition(
              tagged.chars,
              mention.start,
              mention.end,
              // nor the tail of the verb that governs the person (`跑到|村第一书记`: verb-phrase-front.ts)
              withoutVerbPhraseFront(tagged.chars, mention.start, withoutInterviewVerb(tagged.chars, mention.start, t)),
            )
          : t,
      );
      const adjacent = tagged.mentions.some((m) => m.end === mention.start);
      const found = titles.length > 0 || adjacent ? null : describe(mention.start);
      const described0 =
        found === null
          ? null
          : withoutVerbPhraseFront(
              tagged.chars,
              mention.start,
              withoutInterviewVerb(tagged.chars, mention.start, found),
            );
      // a title or description in quotes right before the name (`“最美医生”刘小丽`)
      const description =
        described0 ??
        (titles.length > 0 ? null : quotedRoleBefore(tagged.chars, mention.start, titlesEndingAt, describe));
      const chain =
        description === null
          ? []
          : chainBeforeDescription(
              tagged.chars,
              mention.start - Array.from(description).length,
              titlesEndingAt,
              describe,
              nameEndsAt,
            );
      // descriptions printed before the titles in their 、 chain (`学校扶贫干部、云县挂职副县长`)
      const described = chainBeforeTitles(tagged.chars, mention.start, titles, titlesEndingAt, describe, nameEndsAt);
      // titles joined by 和 before them (`学会理事和协会委员A、B`)
      const joined =
        described.length > 0
          ? []
          : joinedTitlesBefore(tagged.chars, mention.start, mention.end, titles, titlesEndingAt, namedBefore);
      const before = [...joined, ...described, ...titles, ...chain, ...(description === null ? [] : [description])];
      const uncounted = before.length > 0 ? uncountedRole(before[0]!) : null;
      if (uncounted !== null) {
        before[0] = uncounted;
        countedRoles.set(mention, before);
      }
      // (an athlete's country is their own: `某国名将A和B` does not make B that country's, athlete-nouns.ts)
      if (titles.length === 0 && described.length === 0 && description !== null && !isPlacedAthlete(description))
        describedOnly.add(mention);
      own.push(...before);
    }
    const bracketed0 = bracketedTitlesAfter(tagged.chars, mention.end, titlesEndingAt, describe);
    // a deputy's posts in a bracket after the title (`X代表（省委书记、省人大常委会主任）`)
    const bracketed =
      bracketed0.length > 0 ? bracketed0 : deputyBracketedPosts(tagged.chars, mention.end, titlesEndingAt, describe);
    const spanned =
      bracketed.length > 0 ? bracketed : copulaTitlesAfter(tagged.chars, mention.end, titlesEndingAt, describe);
    const wordAfter = spanned.length > 0 ? null : titleAfter(tagged.chars, mention.end);
    const after =
      spanned.length > 0
        ? null
        : (wordAfter ??
          deputyTitleAfter(tagged.chars, mention.end) ??
          roleAfterName(tagged.chars, mention.end) ??
          // a post or degree after the name (`X经理感叹`, `X博士最近`)
          (verbs === null ? null : postAfterName(tagged.chars, mention.end, verbs.isWord)) ??
          (own.length > 0 ? null : groupTitleAfter(tagged.chars, mention, nameEndAfter, nameEndsAt, places)) ??
          // a description after 是 and a long 的 phrase, or a count of one after the 的 (`是…的一个小代理商`)
          copulaDescriptionAfter(
            tagged.chars,
            mention.end,
            nonNativeDescriptionAfter(tagged.chars, mention.end, places),
            describe,
          ));
    own.push(...spanned);
    if (after !== null) own.push(after);
    const namedBetween = (from: number, to: number) => tagged.mentions.some((m) => m.start >= from && m.start < to);
    // titles joined by 、 to the word after the name (`…总书记、国家主席`)
    if (wordAfter !== null) {
      const wordEnd = mention.end + Array.from(wordAfter).length;
      own.push(...joinedTitlesAfter(tagged.chars, wordEnd, titlesEndingAt, namedBetween));
    }
    own.push(...latePostsAfter(tagged.chars, mention.end, namedBetween));
    // a reader's byline under a heading (`<place> <name>` on a line of its own) is a credit too
    const byline = own.length === 0 && isPlaceByline(tagged.chars, mention.start, mention.end, places);
    if (mention.source === "credit" || followedByPhotoCredit(tagged.chars, mention.end) || byline)
      own.push(REPORTER_ROLE);
    roles.set(mention, own);
  }
  return roles;
}

/** The description after a name, unless it says where the person is from (`，河北清河人，`). */
function nonNativeDescriptionAfter(chars: readonly string[], end: number, places: ReadonlySet<string>): string | null {
  const found = descriptionAfter(chars, end);
  return found !== null && isNativePlace(found, places) ? null : found;
}

export function mergeRoles(roles: readonly string[]): string[] {
  const distinct = [...new Set(roles)];
  if (distinct.includes(REPORTER_ROLE)) return [REPORTER_ROLE];
  return distinct.filter((r) => !distinct.some((other) => other !== r && other.endsWith(r)));
}
