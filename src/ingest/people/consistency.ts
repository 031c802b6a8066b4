import { FUNCTION_CHARS } from "./cues/boundaries";
import { FUNCTION_SURNAMES, NOT_LAST } from "./cues/name-edges";
import { addMention, type TaggedText } from "./mentions";
import { surnameBeforeEveryUse } from "./cues/slip-before-every-use";
import { ADDRESSING_VERBS } from "./cues/addressing-verb";

/**
 * Document-level consistency: a name found once (by the tagger or a cue) is a name wherever it
 * appears in the article, so its other mentions get their titles too (黄坤明书记 … 省委书记黄坤明).
 * Longer names first, so that 欧阳明 is not read as 欧阳 + 明.
 */
export function addRepeatMentions(texts: readonly TaggedText[]): void {
  const names = [...new Set(texts.flatMap((t) => t.mentions.map((m) => m.name)))].sort((a, b) => b.length - a.length);
  texts.forEach((tagged, index) => {
    const text = tagged.chars.join("");
    for (const name of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const start = Array.from(text.slice(0, at)).length;
        addMention(tagged, { text: index, start, end: start + Array.from(name).length, source: "repeat" });
      }
    }
  });
}

/** Words the tagger glues to the front of a name (但, 让, 对 …; 致: addressing-verb.ts). */
const LEADING_SLIPS = FUNCTION_SURNAMES + FUNCTION_CHARS + "但" + ADDRESSING_VERBS;

/**
 * A name that is another name of the same article with a function word glued to either end is
 * that name misread (但波波夫 beside 波波夫, 陈露等 beside 陈露): its mentions are cut back. A
 * leading surname written before every use of the rest is the name's own (时传祥: slip-before-every-use.ts).
 */
export function trimAffixedNames(texts: readonly TaggedText[]): void {
  const names = new Set(texts.flatMap((t) => t.mentions.map((m) => m.name)));
  const joined = texts.map((t) => t.chars.join(""));
  for (const tagged of texts) {
    for (const m of tagged.mentions) {
      const chars = Array.from(m.name);
      if (chars.length < 3) continue;
      const withoutFirst = chars.slice(1).join("");
      const withoutLast = chars.slice(0, -1).join("");
      if (
        names.has(withoutFirst) &&
        LEADING_SLIPS.includes(chars[0]!) &&
        !surnameBeforeEveryUse(joined, chars[0]!, withoutFirst)
      ) {
        m.start += 1;
        m.name = withoutFirst;
      } else if (names.has(withoutLast) && NOT_LAST.includes(chars.at(-1)!)) {
        m.end -= 1;
        m.name = withoutLast;
      }
    }
  }
}

/** Every part of a dotted "name" seen this often on its own, never as a name: a place list. */
export const DOTTED_PART_MIN_REPEATS = 2;

/**
 * `茂南·金秀` (two places joined by a dot) looks like a foreign name (让·米奥). The article tells
 * them apart: a foreign name's parts are not used elsewhere as plain words, while 金秀 appears on
 * its own again and again (and so does 茂南), never tagged a name. Such a dotted mention is dropped.
 */
export function dropDottedPlaceLists(texts: readonly TaggedText[]): void {
  const joined = texts.map((t) => t.chars.join(""));
  const plainUses = (part: string): number => {
    let uses = 0;
    texts.forEach((t, i) => {
      for (let at = joined[i]!.indexOf(part); at >= 0; at = joined[i]!.indexOf(part, at + 1)) {
        const start = Array.from(joined[i]!.slice(0, at)).length;
        if (!t.mentions.some((m) => m.start <= start && start < m.end)) uses++;
      }
    });
    return uses;
  };
  for (const tagged of texts) {
    tagged.mentions = tagged.mentions.filter((m) => {
      if (!m.name.includes("·")) return true;
      return !m.name
        .split("·")
        .every((part) => Array.from(part).length >= 2 && plainUses(part) >= DOTTED_PART_MIN_REPEATS);
    });
  }
}
