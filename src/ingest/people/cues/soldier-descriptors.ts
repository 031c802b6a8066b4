/**
 * Words for a soldier and for a young man or woman, written right before the name (`上等兵黄某`,
 * `老兵王某`, `哨兵葛某`, `小伙邱某`): a name slot as a post is, read in apply-cues.ts, which also
 * makes the tagger's own unsure name there a cue's (so the support check keeps it) unless it is a
 * word (`民兵连长`: 连长 is a post, the fold model's name there). The ranks of the PLA's soldiers and junior officers (general and field ranks
 * from 大校 up are titles: title-words.ts) and the common words for a kind of soldier, from general
 * knowledge of the language, not from any annotated text; the young man's 小伙 (小伙子 is in
 * everyday-descriptors.ts) and 姑娘. The tagger still has to find the name likely (the cue's
 * threshold, `DESCRIPTOR_CUE_MIN_PROBABILITY`), and, as after a trade word (profession-slot.ts), the
 * name's last character must make no word with the next one: `小伙邱某常去` is 邱某, not 邱某常. Found missing in audit 6 (issue 14): 上等兵, 老兵,
 * 哨兵, 小伙 before a name no cue took.
 */
export const SOLDIER_DESCRIPTORS: readonly string[] = [
  // enlisted and non-commissioned ranks
  "列兵",
  "上等兵",
  "下士",
  "中士",
  "上士",
  "军士长",
  // junior officers' ranks
  "少尉",
  "中尉",
  "上尉",
  "少校",
  "中校",
  // kinds of soldier
  "老兵",
  "新兵",
  "哨兵",
  "士兵",
  "民兵",
  "侦察兵",
  "炮兵",
  "通信兵",
  "特种兵",
  "武警",
];

/** Words for a young person before the name (小伙子 and 小姑娘 are in everyday-descriptors.ts). */
export const YOUTH_DESCRIPTORS: readonly string[] = ["小伙", "姑娘"];

/** Every word of both lists: a name may start right after one. */
export const SOLDIER_AND_YOUTH_WORDS: readonly string[] = [...SOLDIER_DESCRIPTORS, ...YOUTH_DESCRIPTORS];

const WORD_CHARS = SOLDIER_AND_YOUTH_WORDS.map((w) => Array.from(w));

/** Whether a soldier's or a young person's word ends at `at`, so a name may start there. */
export function soldierOrYouthEndsAt(chars: readonly string[], at: number): boolean {
  return WORD_CHARS.some((w) => at >= w.length && w.every((c, k) => chars[at - w.length + k] === c));
}

/**
 * Adverbs that open the predicate right after a name (`小伙邱某常去`, `哨兵葛某也说`): a three-character
 * name there that ends in one is the two before it and the adverb. The dotted-name cue's
 * (dotted-adverb.ts) and 常, 却, 总, which CC-CEDICT joins with no verb after them as a word.
 */
export const NAME_FOLLOWING_ADVERBS = "也则亦又还便即就都常却总";
/** Names this cut applies to: a surname and two characters, the second an adverb. */
export const ADVERB_CUT_NAME_LENGTH = 3;

/** Whether the name of `length` characters at `start` is a shorter name and an adverb run on. */
export function endsOnAdverb(chars: readonly string[], start: number, length: number): boolean {
  return length === ADVERB_CUT_NAME_LENGTH && NAME_FOLLOWING_ADVERBS.includes(chars[start + length - 1] ?? "");
}
