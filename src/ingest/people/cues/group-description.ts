/**
 * A description after a 、 list closed by 等 (`王立新、宋国栋等医生`, `…、刘大勇等公安英模`) names every
 * person of the list, as the gold writes it. The group title reader took a description after a group
 * only when a count of people stood before it (`等三名医生`); without the count the list's names had no
 * role at all (session 36, rmrb39: audit 7, 7 of its 27 role errors). A single name before 等 is not
 * enough: there 等 may be the verb "wait for" (`张伟等医生来`); two names or more joined into a group
 * make it the list's closer. Without a count the description must be short and not end in 人
 * (`isGroupDescription`).
 */
/** Fewest names in the group before 等 for the description after it to be the group's. */
export const MIN_GROUP_NAMES = 2;
/**
 * Longest description taken after 等 without a count (`公安英模`, `京昆名家`: four). A longer one is praise
 * with a qualifier in front (`等实力派演员`, `等伟大思想家`), which the dev sets' annotators leave out
 * (dev3: five actors with no role); a title after 等 is read at any length, as before.
 */
export const MAX_GROUP_DESCRIPTION_LENGTH = 4;
/**
 * Descriptions after 等 ending in 人 say that the persons are known, not what they are (`等历代名人`:
 * no role in dev2); 人 heads too many such words (名人, 古人, 前人) to read them as kinds of person.
 */
export const NOT_GROUP_DESCRIPTION_HEAD = "人";

/**
 * Whether the words after a group may be read as a description (not only as a title): after a count
 * of people, or after 等 closing a group of `MIN_GROUP_NAMES` names or more.
 */
export function groupMayBeDescribed(closed: boolean, names: number, counted: boolean): boolean {
  return counted || (closed && names >= MIN_GROUP_NAMES);
}

/** Whether a description read after a group may be the group's role (after a count, any description). */
export function isGroupDescription(description: string, counted: boolean): boolean {
  if (counted) return true;
  return (
    Array.from(description).length <= MAX_GROUP_DESCRIPTION_LENGTH && !description.endsWith(NOT_GROUP_DESCRIPTION_HEAD)
  );
}
