import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import TSCharacters from "opencc-js/dict/TSCharacters";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";

/**
 * Traditional → simplified folding, one character at a time, from OpenCC's own dictionaries
 * (opencc-js). Only the character tables are loaded (~30 kB), not the phrase tables: phrase
 * conversion depends on the neighbours (乾 → 干 but 乾隆 stays, 瞭 stays but 一目瞭然 → 一目了然), so a
 * word folded alone could differ from the same word folded inside a sentence, and search would
 * miss it. Character folding is a plain map: whatever is a substring before folding is one after.
 *
 * Order follows OpenCC's tw2s / hk2s chains: regional variant → OpenCC standard → simplified.
 */
const CHAINS: readonly string[] = [TWVariantsRev, HKVariantsRev, TSCharacters];

/** A chain can map a character onto another source character; a few rounds reach a fixed point. */
const MAX_ROUNDS = 4;

let table: ReadonlyMap<number, number> | undefined;
let checksum: string | undefined;

function parseDict(dict: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of dict.split("|")) {
    const [from, to] = entry.split(" ");
    if (from === undefined || to === undefined) continue;
    const a = from.codePointAt(0);
    const b = to.codePointAt(0);
    // Character tables map one code point to one; anything else is not a character entry.
    if (a === undefined || b === undefined || Array.from(from).length !== 1 || Array.from(to).length !== 1) continue;
    map.set(a, b);
  }
  return map;
}

function buildTable(): Map<number, number> {
  const dicts = CHAINS.map(parseDict);
  const step = (cp: number): number => dicts.reduce((c, dict) => dict.get(c) ?? c, cp);
  const sources = new Set<number>();
  for (const dict of dicts) for (const cp of dict.keys()) sources.add(cp);
  const out = new Map<number, number>();
  for (const cp of sources) {
    let c = cp;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const next = step(c);
      if (next === c) break;
      c = next;
    }
    if (c !== cp) out.set(cp, c);
  }
  return out;
}

/** The code point → code point map (built on first use, then shared). */
export function t2sTable(): ReadonlyMap<number, number> {
  table ??= buildTable();
  return table;
}

/** A short fingerprint of the table, so an index built with other data is refused, not misread. */
export function t2sChecksum(): string {
  if (checksum === undefined) {
    let h = 0x811c9dc5;
    for (const [a, b] of [...t2sTable()].sort((x, y) => x[0] - y[0])) {
      h = Math.imul(h ^ a, 0x01000193);
      h = Math.imul(h ^ b, 0x01000193);
    }
    checksum = (h >>> 0).toString(16).padStart(8, "0");
  }
  return checksum;
}
