/**
 * A verb of company between two persons (`林大同偕夫人王小英`, `…携女儿…`): the description read before the
 * second name ran back over the verb to the first name (`林大同偕夫人`), which is someone else. When a name
 * of the text ends right before the verb, the description is what follows the verb (夫人). Session 37
 * (rmrb45): the ninth audit's daughter seeing a guest off.
 */
/** Verbs saying one person comes with another, the longest first. */
export const COMPANION_VERBS: readonly string[] = ["偕同", "携同", "偕", "携"];
/** Shortest description left after the verb (女儿, 夫人). */
export const MIN_COMPANION_DESCRIPTION = 2;

/**
 * Where a description read from `start` to `end` starts after a name and a companion verb inside it, or null
 * when there is none; `nameEndsAt(at)` says whether a name of the text ends at `at`.
 */
export function afterCompanionVerb(
  chars: readonly string[],
  start: number,
  end: number,
  nameEndsAt: (at: number) => boolean,
): number | null {
  for (let at = end - MIN_COMPANION_DESCRIPTION; at > start; at--) {
    const verb = COMPANION_VERBS.find((v) => chars.slice(at - Array.from(v).length, at).join("") === v);
    if (verb !== undefined && nameEndsAt(at - Array.from(verb).length)) return at;
  }
  return null;
}
