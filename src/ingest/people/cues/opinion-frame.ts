import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { MAX_FOREIGN_NAME_LENGTH, MIN_FOREIGN_NAME_LENGTH } from "./foreign-name";

/**
 * A foreign name as the holder of a view: `在…主笔阿苏曼看来` (in X's view). The frame 在 … 看来 holds
 * a person or a body whose view it gives; a transliteration run that ends right before 看来 (three
 * characters or more, foreign-name.ts' lengths, name dots allowed) is a foreign name there, even where
 * the words before it are no title the lists know (执行主笔). The frame must be whole: a 在 opens it
 * in the same clause, at most `MAX_FRAME_LENGTH` characters before the run, with no clause punctuation
 * between. apply-cues.ts drops places and words and asks the tagger not to rule the run out
 * (`OPINION_FRAME_MIN_PROBABILITY`: audit 8's name had 0.04 there, under the foreign-name cue's 0.05, which
 * asks for a title or a verb of saying the frame does not have).
 */
/** How far before the run the frame's 在 may stand (`在海外某周刊执行主笔`: 10 characters). */
export const MAX_FRAME_LENGTH = 20;
/** The tagger must not rule the run out; the frame is as strong a cue as a title before the name. */
export const OPINION_FRAME_MIN_PROBABILITY = 0.01;
const FRAME_OPEN = "在";
const FRAME_CLOSE = ["看", "来"];
const NAME_DOT = "·";
/** Punctuation that ends a clause: the frame does not reach over it. */
const CLAUSE_ENDS = "，。；！？：\n";

const inRun = (ch: string | undefined) =>
  ch !== undefined && (ch === NAME_DOT || TRANSLITERATION_CPS.has(ch.codePointAt(0)!));

export interface FrameCandidate {
  start: number;
  end: number;
}

/** Every transliteration run that closes a 在 … 看来 frame. */
export function opinionFrameNames(chars: readonly string[]): FrameCandidate[] {
  const out: FrameCandidate[] = [];
  for (let end = 1; end + 1 < chars.length; end++) {
    if (chars[end] !== FRAME_CLOSE[0] || chars[end + 1] !== FRAME_CLOSE[1] || !inRun(chars[end - 1])) continue;
    let start = end;
    while (start > 0 && inRun(chars[start - 1])) start--;
    const length = end - start;
    if (length < MIN_FOREIGN_NAME_LENGTH || length > MAX_FOREIGN_NAME_LENGTH) continue;
    if (chars[start] === NAME_DOT || chars[end - 1] === NAME_DOT) continue;
    if (frameOpens(chars, start)) out.push({ start, end });
  }
  return out;
}

/** Whether 在 stands before `start` in the same clause, within MAX_FRAME_LENGTH characters. */
function frameOpens(chars: readonly string[], start: number): boolean {
  for (let at = start - 1; at >= 0 && start - at <= MAX_FRAME_LENGTH; at--) {
    if (CLAUSE_ENDS.includes(chars[at]!)) return false;
    if (chars[at] === FRAME_OPEN) return true;
  }
  return false;
}
