import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { clauseTitleStart } from "./title-clause";
import { ORGANISATION_UNITS, TITLE_UNITS } from "./title-words";
import { ORGANISATION_WORDS } from "./organisation-context";
import { ACTION_VERBS, SPEECH_VERBS } from "./speech-verbs";

/**
 * A title whose organisation is joined to it by 的 (`…街道晨兴社区的社区书记`, `农家乐九峰源饭店的老板`,
 * `欧盟委员会负责睦邻政策与扩大谈判的委员`): the title parser stops at 的, a function character, so the
 * role kept only the post (社区书记, 老板, 委员). The gold writes the whole phrase as printed. The part
 * before 的 is taken when it is an organisation's name that opens its clause:
 * - it ends in an organisation's word of two characters or more (`ORGANISATION_ENDS`: 社区, 饭店,
 *   委员会, 公司 …; one-character units such as 村 or 局 end other words too: `村里的`, `当局的`), or it
 *   is such a name and then `负责` and the field it is responsible for (the field may hold 与 and 和);
 * - it starts after punctuation or a clause opener (`据`, a pronoun: title-clause.ts), not after a
 *   function character (`在…公司的老板`: a place where, not an owner) or inside a clause;
 * - it holds no verb whose object the organisation is (`支援肺科医院的两名党员护士`: the nurses
 *   are sent there, the hospital is not theirs; `OWNER_VERBS`, 于 after a verb, and the verbs of
 *   speech-verbs.ts of two characters or more);
 * - the title does not start with a demonstrative (`…的该项目负责人`);
 * - it is `MIN_OWNER_LENGTH` to `MAX_OWNER_LENGTH` characters long, and the whole title, field and
 *   post included, is no longer than a title read to its clause start (`MAX_CLAUSE_TITLE_LENGTH`).
 */
/** Shortest organisation taken before 的: a name and its unit (`九峰源饭店` is 5; `某公司` is not taken). */
export const MIN_OWNER_LENGTH = 4;
/** Longest organisation taken before 的 (`沈阳市沈北新区道义街道晨兴社区` is 15). */
export const MAX_OWNER_LENGTH = 18;
/** Longest field after `负责` (`睦邻政策与扩大谈判` is 9). */
export const MAX_DUTY_LENGTH = 12;
/** The word between an organisation and the field of a post in it. */
export const DUTY_WORD = "负责";
const POSSESSIVE = "的";
/** Verbs that make the organisation the place someone goes to or comes from, not the post's owner. */
export const OWNER_VERBS: readonly string[] = [
  "支援",
  "驰援",
  "援助",
  "来自",
  "前往",
  "进驻",
  "入驻",
  "就职",
  "任职",
  "供职",
  // seen on a wider unjudged sample: where someone lives or studied, a body as an object (`抓获…公司的负责人`)
  "家住",
  "住在",
  "毕业",
  "就读",
  "抓获",
];
/** 于 after a verb (`毕业于`, `就读于`, `隶属于`): the organisation is the verb's object. */
export const VERB_PREPOSITION = "于";
/** Demonstratives that start a title referring back (`…研究所的该项目负责人`): no post of the organisation before. */
export const DEMONSTRATIVES = "该这此那";

/** The verbs looked for inside the organisation; one-character ones (道, 称) end its words (`街道`). */
const OWNER_HELD_VERBS = [...OWNER_VERBS, ...SPEECH_VERBS, ...ACTION_VERBS].filter((v) => Array.from(v).length >= 2);

/** Words that end an organisation's name, of two characters or more. */
export const ORGANISATION_ENDS: readonly string[] = [
  ...new Set([...TITLE_UNITS, ...ORGANISATION_UNITS, ...ORGANISATION_WORDS].filter((w) => Array.from(w).length >= 2)),
];

/** Where the title starting at `start` (after 的) and ending at `end` starts with its organisation, or null. */
export function possessiveOrganisationStart(chars: readonly string[], start: number, end: number): number | null {
  const joiner = start - 1;
  if (chars[joiner] !== POSSESSIVE || DEMONSTRATIVES.includes(chars[start] ?? "")) return null;
  const direct = ownerStart(chars, joiner, end);
  if (direct !== null) return direct;
  // `欧盟委员会负责|睦邻政策与扩大谈判|的委员`: the field runs back to 负责 over Han characters only
  for (let at = joiner - 1; at >= 0 && joiner - at <= MAX_DUTY_LENGTH + DUTY_WORD.length; at--) {
    if (!isHan(chars[at]!)) return null;
    if (chars.slice(at, at + DUTY_WORD.length).join("") === DUTY_WORD && at + DUTY_WORD.length < joiner)
      return ownerStart(chars, at, end);
  }
  return null;
}

/** Where an organisation ending at `ownerEnd` starts, when it opens its clause and ends in its word; else null. */
function ownerStart(chars: readonly string[], ownerEnd: number, end: number): number | null {
  const start = clauseTitleStart(chars, ownerEnd, end);
  const length = ownerEnd - start;
  if (length < MIN_OWNER_LENGTH || length > MAX_OWNER_LENGTH) return null;
  // opens its clause: punctuation, the text's start, or right after an opener the clause reading cut off
  const before = chars[start - 1];
  if (before !== undefined && isBoundaryChar(before) && isHan(before)) return null;
  const owner = chars.slice(start, ownerEnd).join("");
  if (owner.includes(VERB_PREPOSITION) || OWNER_HELD_VERBS.some((verb) => owner.includes(verb))) return null;
  return ORGANISATION_ENDS.some((w) => owner.endsWith(w)) ? start : null;
}
