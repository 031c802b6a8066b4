import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { endsWithPersonNoun } from "./description";
import { NOT_DESCRIPTION_OPENERS } from "./description-words";
import { kinTermEnding } from "./kin-terms";
import { afterResultVerb } from "./result-verb-description";

/**
 * The first item of a 、 chain before a name that the description reader does not read
 * (`向赛会二号种子、某国选手A`, `。去年的某赛冠军、某国选手A`, `。本届赛事的策划人、某会议员A`,
 * `。某奖获得者、某大学教授A`): a whole item from a clause's start or a preposition taking a person
 * (向, 与 …) to the 、, at most one short 的-phrase in front (a time, an event: 今年的, 此次活动的), headed
 * by a person noun or a ranking word (种子, 亚军, 季军) that is not on the description list. It is read
 * only as a chain's opening item, with the item after its 、 already read as a title or a description
 * of the name: the 、 chain says both of the one person.
 */

/** Shortest item read: 发起人 after a 的-phrase, 种子 after a qualifier. */
export const MIN_OPENING_ITEM_LENGTH = 3;
/** Longest item read: 今年的某某赛冠军 is 8; longer runs are clauses rather than a noun phrase. */
export const MAX_OPENING_ITEM_LENGTH = 10;
/** Most characters before the item's 的: a time or an event (此次活动), not a clause of its own. */
export const MAX_POSSESSOR_LENGTH = 4;
/** Prepositions whose object is a person, right before the item (`向|赛会二号种子、`). */
const PERSON_PREPOSITIONS = "向与同跟";
/** Ranking words that head an athlete's item and are no description of their own elsewhere. */
const RANKING_HEADS = ["种子", "亚军", "季军"];
/** A clause's punctuation (or a paragraph's indent) that an item may follow. */
const ITEM_START = "，。；：“”　 \n";
const POSSESSIVE = "的";
/** Heads that say whose spouse or child someone is: a relation to another person, not a description. */
const RELATION_HEADS = ["夫人", "丈夫", "妻子", "爱人", "儿子", "女儿", "父亲", "母亲"];
/** Pronouns and speech that make a run a clause (`他说起某干部、`), not a noun phrase. */
const CLAUSE_CHARS = "他她它我你说";

/**
 * The opening item of a chain whose 、 is at `separator`, or null. `cutAt`: where the description
 * reader's own reading starts when it cut the item's front; only a cut after 的 or a preposition is
 * read over (a cut verb, `力克|挑战者`, stays cut). `isNameEnd`: whether a name ends at a position; an
 * item owned by a named person (`某某的合作伙伴`) is a relation to them, not left to this reading.
 */
export function chainOpeningItem(
  chars: readonly string[],
  separator: number,
  cutAt: number | null = null,
  isNameEnd: (end: number) => boolean = () => false,
): string | null {
  if (cutAt !== null && !(chars[cutAt - 1] === POSSESSIVE || PERSON_PREPOSITIONS.includes(chars[cutAt - 1] ?? "")))
    return null;
  let start = separator;
  let possessive = -1;
  while (start > 0 && separator - start < MAX_OPENING_ITEM_LENGTH) {
    const ch = chars[start - 1]!;
    if (!isHan(ch)) break;
    if (ch === POSSESSIVE) {
      if (possessive >= 0) return null;
      possessive = start - 1;
    } else if (isBoundaryChar(ch)) break;
    start--;
  }
  const before = start > 0 ? chars[start - 1]! : "\n";
  const opened = ITEM_START.includes(before) || PERSON_PREPOSITIONS.includes(before);
  if (!opened || separator - start < MIN_OPENING_ITEM_LENGTH) return null;
  if (possessive >= 0 && (possessive === start || possessive - start > MAX_POSSESSOR_LENGTH || isNameEnd(possessive)))
    return null;
  const item = chars.slice(start, separator).join("");
  // a verb taking a person, a pronoun or speech: the run is a clause with a person as its object
  if (
    afterResultVerb(item) > 0 ||
    NOT_DESCRIPTION_OPENERS.some((o) => item.startsWith(o)) ||
    Array.from(item).some((c) => CLAUSE_CHARS.includes(c))
  )
    return null;
  const head = item.slice(item.lastIndexOf(POSSESSIVE) + 1);
  // a kin term (`某院士的夫人`) is a relation to someone else, read by the kin rules
  if (Array.from(head).length < 2 || kinTermEnding(head) !== null || RELATION_HEADS.some((w) => head.endsWith(w)))
    return null;
  return endsWithPersonNoun(head) || RANKING_HEADS.some((w) => head.endsWith(w)) ? item : null;
}
