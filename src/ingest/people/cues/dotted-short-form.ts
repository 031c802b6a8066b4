import { NAME_DOTS } from "./name-dots";
import type { TaggedText } from "../mentions";

/**
 * A dotted name's later short form cut before its last syllable: an article that has named
 * `拉吉夫·甘地` in full writes him `拉·甘地` later, and the tagger reads `拉·甘` there (地, "ground",
 * is no transliteration character, so the tagger ends the name before it). The article decides: when
 * another dotted mention's last part is this mention's last part and the one or two characters written
 * right after it (`甘` + `地` = `甘地`), the mention takes them. A PFR fold (session 40, pfr33):
 * `拉·甘|地遇刺身亡后`, `作为拉·甘|地的遗孀`. Only dotted names on both sides: a plain name of the
 * article that a mention's run continues is `extendCutNames`'s, and the last part must be written
 * whole after a dot elsewhere, so two people who share only a syllable stay apart.
 */
/** Most characters the short form may be missing at its end (a syllable written with one or two). */
export const MAX_MISSING_CHARS = 2;
/** Fewest characters of the completed last part (a one-character last part is an initial, 斯·). */
export const MIN_LAST_PART_CHARS = 2;
const HAN = /^\p{Script=Han}$/u;

/** Index of the last dot in [start, end), or -1. */
function lastDot(chars: readonly string[], start: number, end: number): number {
  for (let k = end - 1; k > start; k--) if (NAME_DOTS.includes(chars[k]!)) return k;
  return -1;
}

/** Extends each dotted mention cut before the end of a last part another dotted mention of the article writes whole. */
export function extendDottedShortForms(texts: readonly TaggedText[]): void {
  const lastParts = new Set<string>();
  for (const t of texts)
    for (const m of t.mentions) {
      const dot = lastDot(t.chars, m.start, m.end);
      if (dot >= 0 && m.end - dot - 1 >= MIN_LAST_PART_CHARS) lastParts.add(t.chars.slice(dot + 1, m.end).join(""));
    }
  if (lastParts.size === 0) return;
  for (const t of texts)
    for (const m of t.mentions) {
      const dot = lastDot(t.chars, m.start, m.end);
      if (dot < 0 || dot === m.end - 1) continue;
      const part = t.chars.slice(dot + 1, m.end).join("");
      for (let n = 1; n <= MAX_MISSING_CHARS; n++) {
        const added = t.chars.slice(m.end, m.end + n);
        if (added.length < n || !added.every((c) => HAN.test(c))) break;
        if (!lastParts.has(part + added.join(""))) continue;
        const end = m.end + n;
        if (t.mentions.some((o) => o !== m && o.start < end && m.end < o.end)) break;
        m.end = end;
        m.name += added.join("");
        break;
      }
    }
}
