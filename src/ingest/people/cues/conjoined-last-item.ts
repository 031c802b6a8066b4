import { addMention, overlaps, type TaggedText } from "../mentions";
import { NAME_CONJUNCTIONS } from "./list-cue";
import { isHan } from "@/text/char-class";

/**
 * The last item of a list of names, after 与/和/及 (`甘露明、舒尚任与洪远，`). The conjunction cue
 * (apply-cues.ts) takes only a name-shaped item (a listed surname and one or two characters), and runs
 * on the tagger's mentions before their cuts are mended (舒尚|任与洪远: no name ends before 与 yet).
 * A list says more than the shape: where the name before 与 follows a 、 right after another name, and
 * the item after 与 closes the list (punctuation or the text's end after it), that item is a name of
 * two or three Han characters (`ITEM_LENGTHS`) whatever its first character, if it is no known word or
 * place and the tagger finds it as likely as the conjunction cue asks (`LAST_ITEM_MIN_PROBABILITY`).
 * This pass runs after the mending (extract-people.ts, after extendCutNames).
 */
/** The conjunction cue's bar (apply-cues.ts' CONJUNCTION_CUE_MIN_PROBABILITY): 和 joins anything. */
export const LAST_ITEM_MIN_PROBABILITY = 0.2;
/** The last item's lengths: a name of two or three characters (compound surnames and dotted names are not asked). */
export const ITEM_LENGTHS = [2, 3];
/** What may close the list after its last item. */
const LIST_CLOSERS = "，。；：！？）”\n";

/** Names after 与/和/及 that close a 、 list of names, added where nothing is read yet. */
export function addConjoinedLastItems(texts: readonly TaggedText[], isKnown: (word: string) => boolean): void {
  for (const tagged of texts) {
    const { chars } = tagged;
    for (const m of [...tagged.mentions]) {
      if (!NAME_CONJUNCTIONS.includes(chars[m.end] ?? "") || chars[m.start - 1] !== "、") continue;
      if (!tagged.mentions.some((o) => o.end === m.start - 1)) continue;
      const start = m.end + 1;
      let best: { end: number; probability: number } | null = null;
      for (const length of ITEM_LENGTHS) {
        const end = start + length;
        if (end > chars.length || !chars.slice(start, end).every(isHan)) continue;
        const after = chars[end];
        if (after !== undefined && !LIST_CLOSERS.includes(after)) continue;
        if (overlaps(tagged.mentions, start, end) || isKnown(chars.slice(start, end).join(""))) continue;
        const probability = tagged.scorer.spanProbability(start, end);
        if (probability >= LAST_ITEM_MIN_PROBABILITY && (best === null || probability > best.probability))
          best = { end, probability };
      }
      if (best !== null) addMention(tagged, { text: m.text, start, end: best.end, source: "list" });
    }
  }
}
