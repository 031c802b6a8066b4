/**
 * A name right before 接受…采访 (`管理处的某某接受本报记者采访时`, `某某接受采访`): only a person is
 * interviewed, so the frame vouches for the name the tagger found there, as a verb of saying does
 * (support.ts). It matters for a name that is also a word (杨柳, 高山: cues/dictionary-word-name.ts),
 * which no confidence of the tagger keeps without a cue (PFR fold 2: a fruit's name, read at 0.99, was dropped). The
 * frame adds no name. PFR folds: +1 name, no false one; dev5–11 and 1,000 fresh rmrb-web articles
 * unchanged.
 */
export const ACCEPT = "接受";
export const INTERVIEW = "采访";
/** The most characters between 接受 and 采访 (记者, 本报记者, 中央电视台记者). */
export const MAX_INTERVIEWER = 6;

/** Whether 接受 at `at` opens 接受…采访 with at most MAX_INTERVIEWER characters between, no punctuation. */
export function interviewFrameAt(chars: readonly string[], at: number): boolean {
  if (chars[at] !== ACCEPT[0] || chars[at + 1] !== ACCEPT[1]) return false;
  for (let k = at + 2; k <= at + 2 + MAX_INTERVIEWER && k < chars.length - 1; k++) {
    if (chars[k] === INTERVIEW[0] && chars[k + 1] === INTERVIEW[1]) return true;
    if (/[\p{P}\s]/u.test(chars[k]!)) return false;
  }
  return false;
}
