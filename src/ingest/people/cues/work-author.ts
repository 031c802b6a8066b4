import { isBoundaryChar } from "./boundaries";
import { candidateLengths } from "./name-shape";

/**
 * A writer's name set right before the title of a work (`。白居易《长恨歌》类似短篇小说`): a name-shaped run that starts a clause and ends at 《 is the work's author. The
 * tagger, which learnt few such line-ups, only has to not rule the name out (apply-cues.ts), and
 * the slot vouches for a name the tagger found there (support.ts).
 */
export interface WorkAuthorCandidate {
  start: number;
  lengths: number[];
}

const OPEN = "《";
/**
 * Only a three-character name (surname + two): two characters before 《 are as often a word or a
 * school (古本, 梅派, 高唱, 单弦; PFR days 16–20 and unannotated rmrb-web text), and the short
 * names of famous writers (鲁迅) are known names already.
 */
export const WORK_AUTHOR_LENGTH = 3;

/** The starts of three-character name-shaped runs that begin a clause and end right before a 《. */
export function workAuthorCandidates(chars: readonly string[]): WorkAuthorCandidate[] {
  const out: WorkAuthorCandidate[] = [];
  chars.forEach((ch, open) => {
    if (ch !== OPEN) return;
    const start = open - WORK_AUTHOR_LENGTH;
    if (start < 0 || !isBoundaryChar(chars[start - 1])) return;
    if (candidateLengths(chars, start).includes(WORK_AUTHOR_LENGTH)) out.push({ start, lengths: [WORK_AUTHOR_LENGTH] });
  });
  return out;
}

/** Whether the mention [start, end) starts a clause and ends right before a 《. */
export function isWorkAuthorAt(chars: readonly string[], start: number, end: number): boolean {
  return end - start === WORK_AUTHOR_LENGTH && chars[end] === OPEN && isBoundaryChar(chars[start - 1]);
}
