import { surnameRarity } from "./surname-rank";

/**
 * `trimAffixedNames` cuts a function character off the front of a name when the article names the
 * rest too (但波波夫 beside 波波夫). Some of those characters are surnames as well (时, 于, 向, 曾, 任 …),
 * and a name such as 时传祥 is then cut to 传祥 wherever the tagger read 的时|传祥 once (`…年代的时传祥精神`).
 * The text tells the two apart: a function word glued on is glued on somewhere, and the name is
 * written without it elsewhere (波波夫说); a surname is written before every use of the given name.
 * So the cut is kept only when the shorter name appears at least `MIN_USES_WITHOUT` times without the
 * character right before it, or the character is no common surname (`MAX_SURNAME_RANK`). audit4: 时传祥 (24 uses, every one after
 * 时) no longer listed as 传祥.
 */
/** Uses of the shorter name without the leading character that show the character is glued on. */
export const MIN_USES_WITHOUT = 1;
/**
 * The character must rank among the commonest surnames (曾 31st, 于 37th, 任 48th, 向 98th, 时 183rd):
 * 和 (227th), 但 and 由 (below 350th) are far likelier the word glued on than a surname.
 */
export const MAX_SURNAME_RANK = 200;

/**
 * Whether `char` + `rest` is a name whose first character is its surname, as the article shows: the
 * character is a surname and `rest` is never written without it before it (`texts`: the article's texts).
 */
export function surnameBeforeEveryUse(texts: readonly string[], char: string, rest: string): boolean {
  if (surnameRarity(char) > Math.log(MAX_SURNAME_RANK + 1)) return false;
  let without = 0;
  for (const text of texts)
    for (let at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1))
      if (!text.slice(0, at).endsWith(char)) without++;
  return without < MIN_USES_WITHOUT;
}
