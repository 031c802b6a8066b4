import type { Mention } from "../mentions";
import { endsName, JAPANESE_FAMILY_NAMES } from "./japanese-name";

/**
 * The tagger's own reading of a Japanese name with a listed family name, whole or in pieces, in an
 * article that speaks of Japan (asked in apply-cues.ts, like every Japanese cue):
 * - whole (`以|小泽一郎|为首`): the tagger found the name, but nothing the support check knows
 *   stands around it, so it was dropped as unsupported; the listed family name vouches for it;
 * - cut inside the family name (`中|曾根康|弘`, `津|田昌宏`): the tagger's three characters look like
 *   a Chinese name (a surname and two characters) and the family name's first character is left out,
 *   so the family name's cue, which adds no name over another, could not give the whole;
 * - split in two (`小泽|一郎`): the family name and the given name read as two names.
 * The pieces give way to the cue's name when they are all the tagger's and all lie inside it, and one
 * of them starts inside the family name, or, where what follows ends a name (`endsName`: 为, a title,
 * punctuation …), the pieces are more than one or the one piece is the whole name. Without that end,
 * fold 3 lost 小渊惠三 (`和小渊惠三外相`: the tagger's 小渊惠, vouched for, kept the given name's ending
 * from completing it) for 大泽理惠. A family name read alone (`小泽说`) stays: the cue's longer reading (小泽说) is not
 * asked over it. The cue's own checks still hold (the tagger's floor, known words and places, the
 * name's edges: apply-cues.ts).
 */
/** The listed family names have three characters (中曾根, 佐佐木) or two; the longer is tried first. */
const FAMILY_LENGTHS = [3, 2];

/** How many characters the listed family name at `start` has, or 0 when none stands there. */
export function listedFamilyLength(chars: readonly string[], start: number): number {
  for (const length of FAMILY_LENGTHS)
    if (JAPANESE_FAMILY_NAMES.has(chars.slice(start, start + length).join(""))) return length;
  return 0;
}

/**
 * The tagger's mentions to give way to a Japanese name [start, end) with a listed family name, or
 * none (the name is not to be added over them).
 */
export function listedFamilyPieces(
  chars: readonly string[],
  mentions: readonly Mention[],
  start: number,
  end: number,
): Mention[] {
  const family = listedFamilyLength(chars, start);
  if (family === 0) return [];
  const over = mentions.filter((m) => m.start < end && m.end > start);
  if (over.length === 0 || over.some((m) => m.source !== "tagger" || m.start < start || m.end > end)) return [];
  const insideFamily = over.some((m) => m.start > start && m.start < start + family);
  const whole = over.length === 1 && over[0]!.start === start && over[0]!.end === end;
  if (insideFamily) return over;
  // the whole or split reading must end where a name ends: 小渊惠|三外相 is the tagger's piece of 小渊惠三,
  // which the given name's ending completes (japanese-given-name.ts), not a name to vouch for
  return (over.length > 1 || whole) && endsName(chars, end) ? over : [];
}
