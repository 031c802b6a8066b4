import { isHan } from "@/text/char-class";
import { COMPOUND_SURNAMES } from "@/text/surnames";
import type { TaggedText } from "../mentions";

/**
 * A "name" that is a compound surname alone (欧阳, 司马, 诸葛) with Han characters right after it is
 * a name cut after its surname: `诗人欧阳|江河第一个` — the tagger reads the given name 江河 as the
 * word it also is and ends the name before it. A compound surname is never a whole name on its own
 * in news text (a form of address, 老欧阳, is a longer mention), so the mention is stretched over
 * the given name: `GIVEN_NAME_MAX` characters when they make a known word (江河) or when what comes
 * after them is no Han character (`欧阳江河，`), else one (`欧阳修说`). rmrb-web dev10: 欧阳江河.
 */

/** The longest given name after a compound surname. */
export const GIVEN_NAME_MAX = 2;

/** Stretches the bare compound surnames of `tagged` over the given name after them. */
export function extendCompoundSurnameCuts(tagged: readonly TaggedText[], isWord: (w: string) => boolean): void {
  for (const t of tagged) {
    const { chars } = t;
    for (const m of t.mentions) {
      if (m.source === "credit" || !COMPOUND_SURNAMES.has(m.name)) continue;
      const length = givenNameLength(chars, m.end, isWord);
      if (length === 0) continue;
      const end = m.end + length;
      // another mention over the given name: the reading there is not a cut one
      if (t.mentions.some((o) => o !== m && o.start < end && m.end < o.end)) continue;
      m.end = end;
      m.name = chars.slice(m.start, end).join("");
    }
  }
}

/** How many characters from `at` are the given name (0: no Han character there). */
export function givenNameLength(chars: readonly string[], at: number, isWord: (w: string) => boolean): number {
  if (!isHan(chars[at] ?? "")) return 0;
  if (!isHan(chars[at + 1] ?? "")) return 1;
  const pair = chars.slice(at, at + GIVEN_NAME_MAX).join("");
  return isWord(pair) || !isHan(chars[at + GIVEN_NAME_MAX] ?? "") ? GIVEN_NAME_MAX : 1;
}
