import { charsAt } from "./chars-at";

/**
 * A person noun written right after a name as a form of reference (`王竹青老人`, `陈清伟老师`,
 * `玛蒂尔德王后`): the gold gives it as the role, as it gives the posts of `TITLES_AFTER_NAME`
 * (`习近平总书记`). These are read for roles only: the tagger's features and the name checks read
 * `TITLES_AFTER_NAME`, and a name's support must not change with a role word.
 */
export const ROLES_AFTER_NAME: readonly string[] = [
  "老人",
  "老师",
  "王后",
  // session 38 (rmrb50): a martyr named so (`缅怀某某烈士`, `他就是某某烈士`), the form of the
  // 英雄烈士谱 series; 烈士陵园 or 烈士纪念馆 after a name is still the person's (the dev6 gold's 烈士)
  "烈士",
];
/**
 * Characters that make the word part of a longer one (`他老人家`, `老师傅`): then it is no role.
 */
export const NOT_AFTER_ROLE = "家傅";

/**
 * Words after 烈士 that make the name and 烈士 the name of a thing (`“某某烈士行动”`, an operation
 * named for a dead commander: the fresh pool's one wrong 烈士). 烈士陵园 and 烈士纪念馆 stay the person's.
 */
export const MARTYR_NAMED_THINGS: readonly string[] = ["行动"];
const MARTYR = "烈士";
const MARTYR_THING_CHARS = MARTYR_NAMED_THINGS.map((t) => Array.from(t));

/** The role word right after a name ending at `nameEnd`, or null. */
export function roleAfterName(chars: readonly string[], nameEnd: number): string | null {
  for (const word of ROLES_AFTER_NAME) {
    const w = Array.from(word);
    if (!charsAt(chars, nameEnd, w)) continue;
    const next = chars[nameEnd + w.length];
    if (next !== undefined && NOT_AFTER_ROLE.includes(next)) continue;
    if (word === MARTYR && MARTYR_THING_CHARS.some((t) => charsAt(chars, nameEnd + w.length, t))) continue;
    return word;
  }
  return null;
}
