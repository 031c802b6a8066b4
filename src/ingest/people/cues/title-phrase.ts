import {
  ADMIN_LEVEL_CHARS,
  MAX_KNOWN_PLACE_LENGTH,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_UNITS,
  TITLES_AFTER_NAME,
  UNKNOWN_PLACE_LENGTH,
} from "./title-words";
import { isBoundaryChar, startsClause } from "./boundaries";

/**
 * Reads the titles a text gives a name, as the spec writes them: `茂南区委书记廖述毅` → 茂南区委书记;
 * `区委副书记、区长吕国记` → 区委副书记, 区长; `区委常委、组织部部长、党校校长，区直机关工委书记杨华靖`
 * → all four; `习近平总书记` → 总书记 (after the name). A title is parsed right to left:
 * head (书记), modifiers (副), units (区委, 组织部), then a place (茂南) that starts at a boundary.
 */
const MAX_UNITS = 4;
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const HEADS = byLength(TITLE_HEADS);
const MODIFIERS = byLength(TITLE_MODIFIERS);
const UNITS = byLength(TITLE_UNITS);
const AFTER = byLength(TITLES_AFTER_NAME);

/** The longest word of `words` that ends at `end` in `chars`. */
function wordEndingAt(chars: readonly string[], end: number, words: readonly string[]): string | null {
  const tail = chars.slice(Math.max(0, end - 6), end).join("");
  return words.find((w) => tail.endsWith(w)) ?? null;
}

/** One title ending at `end` → where it starts, or null when no title head ends there. */
export function titleEndingAt(
  chars: readonly string[],
  end: number,
  places: ReadonlySet<string> = new Set(),
): number | null {
  const head = wordEndingAt(chars, end, HEADS);
  if (head === null) return null;
  let at = end - Array.from(head).length;
  const modifier = wordEndingAt(chars, at, MODIFIERS);
  if (modifier !== null) at -= Array.from(modifier).length;
  let leftmostUnit: string | null = null;
  for (let u = 0; u < MAX_UNITS; u++) {
    const unit = wordEndingAt(chars, at, UNITS);
    if (unit === null) break;
    at -= Array.from(unit).length;
    leftmostUnit = unit;
  }
  return at - placeLengthBefore(chars, at, leftmostUnit, places);
}

/** A place name right before a unit: a known place, or two characters after a boundary before an admin level. */
function placeLengthBefore(
  chars: readonly string[],
  at: number,
  unit: string | null,
  places: ReadonlySet<string>,
): number {
  for (let len = MAX_KNOWN_PLACE_LENGTH; len >= 2; len--) {
    if (at - len >= 0 && places.has(chars.slice(at - len, at).join(""))) return len;
  }
  if (unit === null || !ADMIN_LEVEL_CHARS.includes(unit[0]!)) return 0;
  const len = UNKNOWN_PLACE_LENGTH;
  if (at - len < 0 || chars.slice(at - len, at).some((ch) => isBoundaryChar(ch))) return 0;
  return isBoundaryChar(chars[at - len - 1]) ? len : 0;
}

/**
 * The titles right before a name starting at `nameStart`, in text order. Titles joined by 、 are
 * all taken; a comma is crossed only when everything back to the clause start is titles.
 */
export function titlesBefore(
  chars: readonly string[],
  nameStart: number,
  places: ReadonlySet<string> = new Set(),
): string[] {
  const first = titleChain(chars, nameStart, places);
  if (first === null) return [];
  const titles = first.titles;
  let at = first.start;
  while (chars[at - 1] === "，") {
    const earlier = titleChain(chars, at - 1, places);
    if (earlier === null || !startsClause(chars[earlier.start - 1])) break;
    titles.unshift(...earlier.titles);
    at = earlier.start;
  }
  return titles;
}

function titleChain(
  chars: readonly string[],
  end: number,
  places: ReadonlySet<string>,
): { titles: string[]; start: number } | null {
  const start = titleEndingAt(chars, end, places);
  if (start === null || start === end) return null;
  const titles = [chars.slice(start, end).join("")];
  let at = start;
  while (chars[at - 1] === "、") {
    const before = titleEndingAt(chars, at - 1, places);
    if (before === null) break;
    titles.unshift(chars.slice(before, at - 1).join(""));
    at = before;
  }
  return { titles, start: at };
}

/** A title right after a name ending at `nameEnd` (习近平总书记 → 总书记), or null. */
export function titleAfter(chars: readonly string[], nameEnd: number): string | null {
  const next = chars.slice(nameEnd, nameEnd + 4).join("");
  return AFTER.find((w) => next.startsWith(w)) ?? null;
}
