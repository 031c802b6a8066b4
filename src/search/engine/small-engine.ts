import type { SmallIndex } from "@/bundle/search-schema";
import { foldText } from "../fold/fold";
import { parseQuery } from "../query";
import { DEFAULT_LIMIT, type SearchEngine, type SearchOptions, type SearchResult } from "../search-types";
import { collectHits } from "./collect-hits";
import { docMatches, loadDoc, titleMatches, type LoadedDoc } from "./doc-match";
import { docPassesFilters } from "./filters";

/**
 * The small index: every document is in memory, so a query is a scan of folded text. Totals are
 * always exact. Folding all text happens once, when the index is opened.
 */
export function createSmallEngine(index: SmallIndex): SearchEngine {
  const docs = index.docs.map((doc, id) => loadDoc(id, doc));
  const personKeys = new Map(Object.entries(index.personKeys).map(([key, names]) => [key, new Set(names)]));
  return {
    mode: "small",
    docCount: docs.length,
    async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
      const { words } = parseQuery(query);
      const texts = words.map((w) => w.text);
      if (words.length === 0) return { words: texts, hits: [], total: 0, totalExact: true, truncated: false };
      const personNames = new Map<string, ReadonlySet<string>>();
      for (const w of words) {
        const names = w.personKey === null ? undefined : personKeys.get(w.personKey);
        if (names !== undefined) personNames.set(w.text, names);
      }
      const filters = options.filters ?? {};
      const person = filters.person === undefined ? null : foldText(filters.person);
      const matching = docs.filter((d) => docPassesFilters(d, filters, person) && docMatches(d, words, personNames));
      const ids = (list: LoadedDoc[]): Uint32Array => Uint32Array.from(list, (d) => d.id);
      const collected = await collectHits({
        words,
        personNames,
        candidates: ids(matching),
        titleFirst: options.sort === "title-first" ? ids(matching.filter((d) => titleMatches(d, words))) : null,
        countExact: true,
        offset: options.offset ?? 0,
        limit: options.limit ?? DEFAULT_LIMIT,
        load: async (wanted) => ({ docs: new Map(wanted.map((id) => [id, docs[id]!])), fetched: 0 }),
        snippets: options.snippets ?? true,
        budget: Infinity,
      });
      return { words: texts, ...collected };
    },
  };
}
