/**
 * A writer's or painter's name before 笔下 ("under the pen of"): `在某某笔下，…`, `某某笔下的江南`.
 * 笔下 follows the one who wrote or drew, a person (or a pronoun, a person noun: 他笔下, 作家笔下,
 * which the tagger reads as no name). The cue vouches for a name the tagger itself read ending right
 * before it: historical poets and foreign novelists the article names once, with nothing else
 * around them (dev6: a poet read at 0.72 and dropped as unsupported). It adds no name of its own.
 * The pool's 笔下 follow names (novelists, poets, painters, a journalist), pronouns and person nouns.
 */
/** The frame's two characters after the name. */
export const PEN_FRAME = "笔下";
/** Fewest characters of a name the frame vouches for (a one-character "name" is a surname or a word). */
export const MIN_PEN_NAME = 2;

/** The ends (exclusive) of every span that stands right before 笔下 in `chars`. */
export function penFrameEnds(chars: readonly string[]): number[] {
  const out: number[] = [];
  for (let at = MIN_PEN_NAME; at + 1 < chars.length; at++)
    if (chars[at] === PEN_FRAME[0] && chars[at + 1] === PEN_FRAME[1]) out.push(at);
  return out;
}
