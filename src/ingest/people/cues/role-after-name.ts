import { charsAt } from "./chars-at";

/**
 * A person noun written right after a name as a form of reference (`王竹青老人`, `陈清伟老师`,
 * `玛蒂尔德王后`): the gold gives it as the role, as it gives the posts of `TITLES_AFTER_NAME`
 * (`习近平总书记`). These are read for roles only: the tagger's features and the name checks read
 * `TITLES_AFTER_NAME`, and a name's support must not change with a role word.
 */
export const ROLES_AFTER_NAME: readonly string[] = ["老人", "老师", "王后"];
/**
 * Characters that make the word part of a longer one (`他老人家`, `老师傅`): then it is no role.
 */
export const NOT_AFTER_ROLE = "家傅";

/** The role word right after a name ending at `nameEnd`, or null. */
export function roleAfterName(chars: readonly string[], nameEnd: number): string | null {
  for (const word of ROLES_AFTER_NAME) {
    const w = Array.from(word);
    if (!charsAt(chars, nameEnd, w)) continue;
    const next = chars[nameEnd + w.length];
    if (next !== undefined && NOT_AFTER_ROLE.includes(next)) continue;
    return word;
  }
  return null;
}
