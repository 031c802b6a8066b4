import type { TaggedText } from "../mentions";
import { isChineseNameShaped } from "./name-shape";

/**
 * Two "names" printed glued together, the first a foreign one (not shaped as a Chinese name), at
 * every place the first is printed (`勃林格殷格翰治疗…`, `勃林格殷格翰一款…`): one transliterated
 * name of a firm (Boehringer Ingelheim), not two people. Two people are set apart by a dot, a 、 or
 * 和; a headline that runs two names together (`丁某某赵某某晋级`) does so once, and with Chinese names.
 * Found in audit 6 (issue 14): 勃林格 + 殷格翰 of one drug maker's name.
 */
/** Times the pair must be printed glued: once is a headline's or a slip's. */
export const MIN_GLUED_PAIR_USES = 2;

/** The names of the texts that are the halves of such a glued pair. */
export function gluedForeignPairNames(tagged: readonly TaggedText[]): Set<string> {
  const glued = new Map<string, { uses: number; next: Set<string> }>();
  for (const t of tagged)
    for (const a of t.mentions) {
      if (a.source === "credit" || isChineseNameShaped(Array.from(a.name))) continue;
      const b = t.mentions.find((m) => m.start === a.end && m.source !== "credit");
      const entry = glued.get(a.name) ?? { uses: 0, next: new Set<string>() };
      entry.uses++;
      entry.next.add(b?.name ?? "");
      glued.set(a.name, entry);
    }
  const out = new Set<string>();
  for (const [first, { uses, next }] of glued) {
    if (uses < MIN_GLUED_PAIR_USES || next.size !== 1 || next.has("")) continue;
    const second = [...next][0]!;
    // the first name printed anywhere else, not glued, is a name of its own
    if (printedFree(tagged, first, second)) continue;
    out.add(first).add(second);
  }
  return out;
}

/** Whether `first` is printed somewhere not followed by `second`. */
function printedFree(tagged: readonly TaggedText[], first: string, second: string): boolean {
  for (const t of tagged) {
    const text = t.chars.join("");
    for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1))
      if (!text.startsWith(second, at + first.length)) return true;
  }
  return false;
}

/** Drops the halves of glued pairs (credits stay). */
export function dropGluedForeignPairs(tagged: readonly TaggedText[]): void {
  const halves = gluedForeignPairNames(tagged);
  if (halves.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !halves.has(m.name));
}
