import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { clauseTitleStart } from "./title-clause";
import { ORGANISATION_ENDS, OWNER_VERBS, MAX_OWNER_LENGTH } from "./possessive-organisation";

/**
 * A post in a body's project, joined to it by 的 (`北辰物业南京公司滨江路三号项目的保安班长`): the gold writes
 * the whole phrase, as for a post joined by 的 to its organisation (`possessive-organisation.ts`), but 项目
 * is no organisation's word, so the role kept the post alone (保安班长). The part before 的 is taken when
 * it ends in 项目, holds an organisation's word before it (公司, 集团: whose project it is), opens its
 * clause (punctuation or the text's start before it, not a function character) and holds no verb whose
 * object it is (支援, 前往 …). Audit 8 (session 37, rmrb43).
 */
/** The word that ends the owner: a body's project. */
export const PROJECT_WORD = "项目";
const POSSESSIVE = "的";

/** Where the title starting at `start` (after `项目的`) and ending at `end` starts with its project's owner, or null. */
export function projectOwnerStart(chars: readonly string[], start: number, end: number): number | null {
  const joiner = start - 1;
  if (chars[joiner] !== POSSESSIVE || chars.slice(joiner - 2, joiner).join("") !== PROJECT_WORD) return null;
  const owner = clauseTitleStart(chars, joiner, end);
  if (owner >= joiner - PROJECT_WORD.length || joiner - owner > MAX_OWNER_LENGTH) return null;
  const before = chars[owner - 1];
  if (before !== undefined && isBoundaryChar(before) && isHan(before)) return null;
  const name = chars.slice(owner, joiner - PROJECT_WORD.length).join("");
  if (OWNER_VERBS.some((verb) => name.includes(verb))) return null;
  return ORGANISATION_ENDS.some((w) => name.includes(w)) ? owner : null;
}
