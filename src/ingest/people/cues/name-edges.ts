import { isHan } from "@/text/char-class";
import { CLAUSE_START } from "./boundaries";
import { SINGLE_SURNAMES } from "@/text/surnames";
import { isChineseNameShaped } from "./name-shape";
import { HONORIFICS } from "./speech-verbs";
import { NEVER_NAME_END } from "./name-end";
import { charsAt } from "./chars-at";
import { elderAddressAt } from "./elder-address";
import { endsWithVerbBeforeParticle } from "./verb-before-particle";
import { trailingClauseWord } from "./trailing-clause-word";
import { trailingInvitationWord } from "./invitation-word";
import { creditMarkAfterName } from "./credit-mark-after";

/**
 * Checks on the edges of a name the tagger found, for the slips it makes most: a function word
 * taken as the last character (王刚在, 付林则 → 王刚, 付林), a verb or place read as a given name
 * after a surname that is also a function word (曾有过, 时强调, 任贝宁 → no name), and doubled
 * characters (徐徐, 林林), which are adverbs far more often than names.
 */
/** Characters that end a clause's subject, not a name (在, 则, 曾 …): one in 800 gold names ends so. */
export const NOT_LAST = "在则曾又的等也就都还说时和与及是将已把被向对从";
/** Longest part after a dot a cut name is carried on over (原野, 马尼翁). */
const MAX_AFTER_DOT = 4;
/** 说 ends a name before punctuation too (`陈平说。`): no name in the PFR month ends with it. */
const SPEECH_LAST = "说";
/** What follows 家 in a village's name (朱家村, 周家坪, 李家庄): names end so too (罗晓村), but not after 家. */
const FAMILY_PLACE_ENDS = "村镇乡庄坪湾屯寨沟岭坝营堡";
/** 老 after a surname (任老, 潘老) addresses an elder: not a full name. */
const RESPECT_AFTER_SURNAME = "老";
/** 、 and （ after a name close a list item (王立时、, 李小和（女）): the last character is the name's own. */
const ITEM_CLOSE = "、（";
/** A go or chess player's rank after the name (五段, 九段, 初段): its numerals, and 段. */
const RANK_NUMERALS = "初一二三四五六七八九";
const RANK = "段";
/** Surnames that are also function words: 曾 (once), 任 (serve as), 向 (towards), 时 (when) … */
export const FUNCTION_SURNAMES = "曾任向时于和从对将把被让但因在为以由同与及跟";

/** Forms of address that follow a surname or a name (王大夫, 陶铸同志). */
export const ADDRESS_FORMS: readonly string[] = [
  ...HONORIFICS.filter((h) => h.length === 2),
  "指导",
  "教练",
  "主任",
  "书记",
  "局长",
  "厂长",
  "科长",
];
/** What a trailing character of a name dangles before: a clause start or a list item's close. */
const DANGLING_BEFORE = CLAUSE_START + ITEM_CLOSE;
const ADDRESS_FORM_CHARS = ADDRESS_FORMS.map((f) => Array.from(f));
/** What a name is written with: Han characters, Latin letters, and the dots and dashes of foreign names. */
const NAME_CHAR = /^[\p{Script=Han}\p{Script=Latin}·•・—－-]$/u;

export type EdgeVerdict = { keep: true; end: number } | { keep: false };

export interface EdgeContext {
  /** Names known to be names (the model's list): never trimmed or dropped. */
  knownNames: ReadonlySet<string>;
  /** Common words and places: a "given name" that is one of these was not a given name. */
  isWord: (text: string) => boolean;
}

export function checkNameEdges(
  chars: readonly string[],
  start: number,
  end: number,
  context: EdgeContext,
): EdgeVerdict {
  // `start` < `end` <= chars.length. Compared in place where it can (this runs at every name the
  // tagger finds): the one string made is the name's, for the list of known names.
  const length = end - start;
  for (let k = start; k < end; k++) if (!NAME_CHAR.test(chars[k]!)) return { keep: false };
  const text = chars.slice(start, end).join("");
  if (context.knownNames.has(text)) return { keep: true, end };
  // 王大夫, 彭指导: a surname and a form of address stand for a person the text does not name
  if (
    SINGLE_SURNAMES.has(chars[start]!) &&
    ADDRESS_FORM_CHARS.some((f) => f.length === length - 1 && charsAt(chars, start + 1, f))
  )
    return { keep: false };
  // 陶铸同|志: the last character starts 同志, 先生 … and belongs to it
  if (
    length >= 3 &&
    ADDRESS_FORM_CHARS.some(
      (f) => charsAt(chars, end - 1, f) && (f.length === 2 || (f.length === 1 && end === chars.length)),
    )
  )
    return { keep: true, end: end - 1 };
  // 李某拉|着: a name is no verb, so the character before 着 is the verb's (verb-before-particle.ts)
  if (endsWithVerbBeforeParticle(chars, start, end)) return { keep: true, end: end - 1 };
  // 某某某老|先生: 老 opens an elder's address (elder-address.ts)
  if (length >= 3 && elderAddressAt(chars, end - 1) !== null) return { keep: true, end: end - 1 };
  if (length === 2 && chars[start] === chars[start + 1]) return { keep: false };
  // 利利索索, 干干净净: a doubled pair of doubled characters is an adverb
  if (length === 4 && chars[start] === chars[start + 1] && chars[start + 2] === chars[start + 3])
    return { keep: false };
  // 朱家村, 周家坪, 晏家镇: a family's name with 家 and a place word is a village
  if (length === 3 && chars[start + 1] === "家" && FAMILY_PLACE_ENDS.includes(chars[start + 2]!))
    return { keep: false };
  // 任老, 向老(同志): a surname with 老 is a form of address, like 王大夫
  if (length === 2 && chars[start + 1] === RESPECT_AFTER_SURNAME) return { keep: false };
  const last = chars[end - 1]!;
  // 鲍尔吉·|原野 cut after the dot: a name never ends with one; it runs on to the end of the word
  if (last === "·") {
    let after = end;
    while (after < chars.length && after - end < MAX_AFTER_DOT && isHan(chars[after]!)) after++;
    if (after > end && !isHan(chars[after] ?? "")) return { keep: true, end: after };
    return length >= 3 ? { keep: true, end: end - 1 } : { keep: false };
  }
  // 叶桂|五段, 常昊|九段: a player's rank follows the name; its numeral is not the name's
  if (length >= 3 && RANK_NUMERALS.includes(last) && chars[end] === RANK) return { keep: true, end: end - 1 };
  // 陈露等。, 穆蒂等: a particle after a name, Chinese or foreign, even before punctuation
  if (length >= 3 && NEVER_NAME_END.includes(last)) return { keep: true, end: end - 1 };
  // 王某应约|同…通电话: 应约 and 应邀 open the clause's verb phrase, never end a name
  const invitation = trailingInvitationWord(chars, start, end);
  if (invitation > 0) return { keep: true, end: end - invitation };
  // 卡西尔曾|说过, 叶鹏却|认为: a word that follows a subject, never a name's last character
  if (trailingClauseWord(chars, start, end) > 0) return { keep: true, end: end - 1 };
  // 陈平说。: 说 closing a quote's attribution, never a name's last character
  const danglingBeforePunctuation = last !== SPEECH_LAST && DANGLING_BEFORE.includes(chars[end] ?? "。");
  if (
    length === 3 &&
    NOT_LAST.includes(last) &&
    !danglingBeforePunctuation &&
    // 某某时|摄）, 某某都|报道：: a credit's mark closes the name there (credit-mark-after.ts)
    !creditMarkAfterName(chars, end) &&
    isChineseNameShaped(chars.slice(start, start + 2))
  ) {
    return { keep: true, end: end - 1 };
  }
  if (FUNCTION_SURNAMES.includes(chars[start]!) && length >= 3 && context.isWord(text.slice(chars[start]!.length)))
    return { keep: false };
  return { keep: true, end };
}
