/**
 * A name run on into `如是` ("thus", in `如是表示`, `如是说`): the tagger reads `季凯文如` for a
 * 季凯文 who 如是表示 (audit4, scripts/people/README.md session 33 eighth part). A mention that ends
 * in 如 right before 是 and a speech verb loses the 如, when what is left is still a name's length.
 */
/** The character glued on, and the one after it that makes the pair `如是`. */
export const RU = "如";
export const SHI = "是";
/** Speech verbs after 如是: `如是表示`, `如是说`, `如是认为`, `如是介绍`. */
export const SPEECH_AFTER_RU_SHI = /^(?:表示|说|认为|介绍|回答|评价|感叹|总结|写道)/u;
/** The shortest name left after the cut (a surname and a given name). */
export const MIN_LEFT = 2;

/** The end of a mention at [start, end) with a run-on 如 taken off, or `end` when there is none. */
export function endBeforeRuShi(chars: readonly string[], start: number, end: number): number {
  if (end - 1 - start < MIN_LEFT || chars[end - 1] !== RU || chars[end] !== SHI) return end;
  return SPEECH_AFTER_RU_SHI.test(chars.slice(end + 1, end + 3).join("")) ? end - 1 : end;
}
