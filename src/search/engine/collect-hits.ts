import type { QueryWord } from "../query";
import type { SearchHit } from "../search-types";
import { docMatches, titleMatches, toHit, type LoadedDoc, type PersonNames } from "./doc-match";

/**
 * Turns candidates into shown hits: walks them in result order, loads and checks each, and stops
 * once the page is full. Shared by the small and the segmented index, which differ only in how
 * candidates are found and documents loaded.
 */
export interface DocLoader {
  /** Loads documents by id; `fetched` counts files that had to be downloaded for it. */
  (ids: readonly number[]): Promise<{ docs: ReadonlyMap<number, LoadedDoc>; fetched: number }>;
}

export interface CollectInput {
  words: readonly QueryWord[];
  personNames: PersonNames;
  /** Ascending ids, a superset of the matches (exactly the matches when `countExact`). */
  candidates: Uint32Array;
  /** Sort title-first: ids, within `candidates`, that may have every word in the title; else null. */
  titleFirst: Uint32Array | null;
  countExact: boolean;
  offset: number;
  limit: number;
  load: DocLoader;
  /** Downloads allowed in this call before it stops with `truncated`. */
  budget: number;
  snippets: boolean;
}

export interface Collected {
  hits: SearchHit[];
  total: number;
  totalExact: boolean;
  truncated: boolean;
}

/** Candidates loaded per round trip: enough to fill a page despite a few that fail the check. */
const MIN_BATCH = 8;
const MAX_BATCH = 256;
const BATCH_SLACK = 1.25;

export async function collectHits(input: CollectInput): Promise<Collected> {
  const { words, personNames, candidates, titleFirst, countExact, limit } = input;
  const matches = new Map<number, boolean>();
  const titleHits = new Set<number>();
  const shown: LoadedDoc[] = [];
  // With an exact candidate list in plain order, the first `offset` hits need no checking.
  const skipChecked = countExact && titleFirst === null;
  let toSkip = skipChecked ? 0 : input.offset;
  const phases = titleFirst === null ? [candidates] : [titleFirst, candidates];
  let phase = 0;
  let at = skipChecked ? Math.min(input.offset, candidates.length) : 0;
  let fetched = 0;
  let truncated = false;
  while (shown.length < limit && phase < phases.length) {
    const list = phases[phase]!;
    if (at >= list.length) {
      phase++;
      at = 0;
      continue;
    }
    if (fetched >= input.budget) {
      truncated = true;
      break;
    }
    const need = toSkip + limit - shown.length;
    const size = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(need * BATCH_SLACK)));
    const batch: number[] = [];
    for (; at < list.length && batch.length < size; at++) {
      const id = list[at]!;
      if (phase === 1 && titleFirst !== null && titleHits.has(id)) continue;
      batch.push(id);
    }
    const loaded = await input.load(batch);
    fetched += loaded.fetched;
    for (const id of batch) {
      const d = loaded.docs.get(id);
      if (d === undefined) throw new Error(`search index has no document ${id}`);
      let ok = matches.get(id);
      if (ok === undefined) {
        ok = docMatches(d, words, personNames);
        matches.set(id, ok);
      }
      if (ok && titleFirst !== null && phase === 0) {
        if (!titleMatches(d, words)) continue;
        titleHits.add(id);
      }
      if (!ok) continue;
      if (toSkip > 0) toSkip--;
      else if (shown.length < limit) shown.push(d);
    }
  }
  let total = candidates.length;
  let totalExact = countExact;
  if (!countExact) {
    let confirmed = 0;
    for (const ok of matches.values()) if (ok) confirmed++;
    total = confirmed + (candidates.length - matches.size);
    totalExact = matches.size === candidates.length;
  }
  return { hits: shown.map((d) => toHit(d, words, personNames, input.snippets)), total, totalExact, truncated };
}
