import { charsAt } from "./chars-at";

/**
 * A name between 由 and the part it had in a work (`晚会由某某某演奏二胡`, `《某曲》由某某某作曲`,
 * `由某某担任总导演`): 由 names who does what follows, and these verbs are done by people, so the slot
 * is a name's. It vouches for the tagger's name there (support.ts) and adds the name the tagger
 * doubted (apply-cues.ts, AGENT_AFTER_YOU_MIN_PROBABILITY). Bodies stand in the same frame
 * (`由中央电视台主持`), but they are no surname-led span of a name's shape, which the cue asks for
 * when it adds a name; a foreign name the tagger found there is vouched for too (`…副总理由某某涅夫
 * 担任`, fresh rmrb-web). PFR folds: +2 names (the tagger's own at 0.49, one it doubted at 0.16), no
 * false one; dev5–11 unchanged; 1,000 fresh rmrb-web articles: one more name, right.
 */
export const YOU = "由";
/** The parts in a work, and taking a post: what a person does after 由. */
export const AGENT_VERBS: readonly string[] = [
  "作曲",
  "作词",
  "编曲",
  "配器",
  "演奏",
  "演唱",
  "指挥",
  "主演",
  "执导",
  "导演",
  "编剧",
  "执笔",
  "主编",
  "主讲",
  "朗诵",
  "领衔",
  "担任",
  "出任",
];
const VERB_CHARS = AGENT_VERBS.map((v) => Array.from(v));

/** Whether [start, end) stands between 由 and one of AGENT_VERBS. */
export function agentAfterYouAt(chars: readonly string[], start: number, end: number): boolean {
  return chars[start - 1] === YOU && VERB_CHARS.some((v) => charsAt(chars, end, v));
}

/** Of a name's possible lengths at `start`, those that end right before an agent's verb after 由. */
export function agentAfterYouLengths(chars: readonly string[], start: number, lengths: readonly number[]): number[] {
  if (chars[start - 1] !== YOU) return [];
  return lengths.filter((length) => agentAfterYouAt(chars, start, start + length));
}
