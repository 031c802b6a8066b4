import type { TaggedText } from "./mentions";
import { isChineseNameShaped } from "./cues/name-shape";
import { isHan } from "@/text/char-class";

/**
 * Names glued to the next character: a mention whose characters but the last are a name the
 * article also finds where the text goes on otherwise (`副站长马涛站在草场边` beside `马涛说`) is
 * that shorter name with a verb or a word glued on (马涛|站), and is cut back to it. The text
 * decides, as in `extendCutNames`, the other way round: where every mention of the shorter name is
 * followed by the same character, the longer one is the name (彭楚 before 政 → 彭楚政). A foreign
 * name's short form (羽田 beside 羽田孜) is no glue: the shorter name must be a Chinese name, or
 * the glued character must start a word with the one after it (勒克莱克|正在).
 */
/** Shortest name a glued mention is cut back to. */
export const MIN_SHORTER_NAME = 2;
/** Longest mention read as a name with a character glued on (a transliterated name and one more: 勒克莱克|正). */
export const MAX_GLUED_MENTION = 8;

export function trimGluedNames(texts: readonly TaggedText[], isWord: (word: string) => boolean): void {
  // for each name found, the characters that follow it where it is found
  const followers = new Map<string, Set<string>>();
  for (const t of texts)
    for (const m of t.mentions) {
      const set = followers.get(m.name) ?? new Set<string>();
      set.add(t.chars[m.end] ?? "");
      followers.set(m.name, set);
    }
  for (const t of texts) {
    for (const m of t.mentions) {
      const own = Array.from(m.name);
      // one Han character glued on; a dotted name's short form (塞巴斯蒂安 of 塞巴斯蒂安·克拉夫特) is no glue
      if (own.length - 1 < MIN_SHORTER_NAME || own.length > MAX_GLUED_MENTION || own.includes("·")) continue;
      const shorter = own.slice(0, -1).join("");
      const after = followers.get(shorter);
      if (after === undefined || ![...after].some((c) => c !== own.at(-1))) continue;
      // glue runs on into the sentence (马涛站|在); a name closed by a list's mark is a name of its own (刘敏如、)
      const next = t.chars[m.end] ?? "";
      if (!isHan(next)) continue;
      if (!isChineseNameShaped(Array.from(shorter)) && !isWord(own.at(-1)! + next)) continue;
      m.end -= 1;
      m.name = shorter;
    }
  }
}
