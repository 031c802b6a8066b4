import { LIST_SEPARATOR } from "./list-cue";

/**
 * The last name of a list, joined by 和 (`女足队员A、B、C和D`, `村里脱贫户A和B`), shares the list's
 * head role as the names joined by 、 do: the 、 reading gave A, B and C the head and left D with
 * none (session 35, rmrb36: the sixth audit's 李梦雯 and 苏永兰). The name after the joiner takes the
 * roles of the name right before it when:
 * - that name is itself an item of a 、 list (a list of three or more: the head is the list's), or
 * - its only roles are a description (`脱贫户`, `村民`): a kind of person said of the pair; a post
 *   before the first of two names is that one's own (`国家主席A和B`: B may be anyone, counted-pair.ts).
 */
/** The joiners before a list's last name, longest first (以及 before 及). */
export const LIST_TAIL_JOINERS: readonly string[] = ["以及", "和", "与", "及"];

export interface ListName {
  start: number;
  end: number;
}

/**
 * The name whose roles the name starting at `start` shares as its list's last item, or undefined.
 * `nameEndingAt(end)` gives the name that ends at `end`; `describedOnly(name)` whether that name's
 * roles came from a description alone.
 */
export function listTailHead<M extends ListName>(
  chars: readonly string[],
  start: number,
  nameEndingAt: (end: number) => M | undefined,
  describedOnly: (name: M) => boolean,
): M | undefined {
  const joiner = LIST_TAIL_JOINERS.find((j) => {
    const length = Array.from(j).length;
    return start - length > 0 && Array.from(j).every((ch, k) => chars[start - length + k] === ch);
  });
  if (joiner === undefined) return undefined;
  const before = nameEndingAt(start - Array.from(joiner).length);
  if (before === undefined) return undefined;
  return chars[before.start - 1] === LIST_SEPARATOR || describedOnly(before) ? before : undefined;
}
