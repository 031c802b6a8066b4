/**
 * A description after a 、 list closed by 等 (`王立新、宋国栋等医生`, `…、刘大勇等公安英模`) names every
 * person of the list, as the gold writes it. The group title reader took a description after a group
 * only when a count of people stood before it (`等三名医生`); without the count the list's names had no
 * role at all (session 36, rmrb39: audit 7, 7 of its 27 role errors). A single name before 等 is not
 * enough: there 等 may be the verb "wait for" (`张伟等医生来`); two names or more joined into a group
 * make it the list's closer.
 */
/** Fewest names in the group before 等 for the description after it to be the group's. */
export const MIN_GROUP_NAMES = 2;

/**
 * Whether the words after a group may be read as a description (not only as a title): after a count
 * of people, or after 等 closing a group of `MIN_GROUP_NAMES` names or more.
 */
export function groupMayBeDescribed(closed: boolean, names: number, counted: boolean): boolean {
  return counted || (closed && names >= MIN_GROUP_NAMES);
}
