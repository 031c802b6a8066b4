import type { Lexicons } from "../../src/ingest/people/tagger/lexicons";
import { MAX_LEXICON_ENTRY, nameCharBin, nameCountBin } from "../../src/ingest/people/tagger/lexicons";
import { LIVE_CUE_MARKER } from "../../src/ingest/people/tagger/lexicon-marks";
import { PLACE_GAZETTEER } from "../../src/ingest/people/tagger/place-gazetteer";
import type { PfrArticle } from "../pfr/read-pfr";

/** Common words must be seen this often to enter the list: once is as likely a segmentation slip. */
export const MIN_WORD_COUNT = 2;
/** Person names and punctuation are not common words; places and organisations have their own list. */
const SKIPPED_TAGS = new Set(["nr", "ns", "nt", "nz", "w"]);
const PLACE_TAGS = new Set(["ns", "nt", "nz"]);

/**
 * The tagger's word lists from tagged articles: gold person names (when used as a name at least as
 * often as as another word), place/organisation words, and common words of two or more characters;
 * and the cue words of the code's lists as they are today, stored with the model it trains.
 */
export function buildLexicons(articles: readonly PfrArticle[]): Lexicons {
  const asName = new Map<string, number>();
  const asOther = new Map<string, number>();
  const places = new Set<string>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const s of p.spans) bump(asName, p.text.slice(s.start, s.end));
      for (const { word, tag } of p.words) {
        if (word.length < 2 || word.length > MAX_LEXICON_ENTRY) continue;
        if (PLACE_TAGS.has(tag)) places.add(word);
        if (tag !== "nr") bump(asOther, word);
      }
    }
  }
  const names = new Set(
    [...asName]
      .filter(([w, c]) => w.length >= 2 && w.length <= MAX_LEXICON_ENTRY && c >= (asOther.get(w) ?? 0))
      .map(([w]) => w),
  );
  const words = new Set<string>();
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const { word, tag } of p.words) {
        if (!SKIPPED_TAGS.has(tag) && (asOther.get(word) ?? 0) >= MIN_WORD_COUNT && !names.has(word)) words.add(word);
      }
    }
  }
  for (const p of PLACE_GAZETTEER) places.add(p);
  for (const n of names) if (!PLACE_GAZETTEER.has(n)) places.delete(n);
  // the cue words of today's lists go into the model, which reads them and not later lists
  return { names, places, words, charBins: charBins(articles), cueMarker: LIVE_CUE_MARKER };
}

/** Per character: the bins of how often it starts a name and how often it continues one. */
function charBins(articles: readonly PfrArticle[]): Map<string, number> {
  const total = new Map<string, number>();
  const first = new Map<string, number>();
  const rest = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const ch of p.text) bump(total, ch);
      for (const s of p.spans) {
        const chars = Array.from(p.text.slice(s.start, s.end));
        chars.forEach((ch, i) => bump(i === 0 ? first : rest, ch));
      }
    }
  }
  const bins = new Map<string, number>();
  for (const [ch, n] of total) {
    const f = first.get(ch) ?? 0;
    const r = rest.get(ch) ?? 0;
    const bin = (nameCountBin(f) << 12) | (nameCountBin(r) << 8) | (nameCharBin(f, n) << 4) | nameCharBin(r, n);
    if (bin > 0) bins.set(ch, bin);
  }
  return bins;
}
