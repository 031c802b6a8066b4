import { Charset, Index } from "flexsearch";
import MiniSearch from "minisearch";
import type { SearchDoc } from "@/bundle/search-schema";
import { foldText } from "@/search/fold/fold";
import { parseQuery } from "@/search/query";
import { searchableText } from "@/search/searchable-text";
import { forEachGram, queryGrams } from "@/search/tokenize";
import type { BenchQuery } from "./queries";
import { accuracy, type AccuracyCounter } from "./stats";
import type { Truth } from "./truth";

/**
 * The libraries we compare with, on the same folded text and the same queries, used as their
 * documentation suggests. Neither checks candidates against the text: what they return is shown.
 *  - FlexSearch 0.8 with its CJK charset (one term per character); query words ANDed by us.
 *  - MiniSearch 7 fed Folio's own grams (every character and bigram), terms ANDed.
 */
export interface LibraryReport {
  name: string;
  buildMs: number;
  /** Serialised index size; null with `serialiseError` when it cannot be serialised. */
  bytes: number | null;
  serialiseError: string | null;
  queryMs: number[];
  accuracy: AccuracyCounter;
}

function grams(text: string): string[] {
  const out = new Set<string>();
  forEachGram(
    text,
    (a) => out.add(String.fromCodePoint(a)),
    (a, b) => out.add(String.fromCodePoint(a, b)),
  );
  return [...out];
}

export function runMiniSearch(docs: readonly SearchDoc[], queries: readonly BenchQuery[], truth: Truth): LibraryReport {
  const started = performance.now();
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    tokenize: grams,
    processTerm: (t) => t,
    searchOptions: { combineWith: "AND", tokenize: (q) => parseQuery(q).words.flatMap((w) => queryGrams(w.text)) },
  });
  index.addAll(docs.map((d, id) => ({ id, text: foldText(searchableText(d)) })));
  const buildMs = performance.now() - started;
  const report: LibraryReport = {
    name: "MiniSearch 7 (bigrams)",
    buildMs,
    bytes: null,
    serialiseError: null,
    queryMs: [],
    accuracy: accuracy(),
  };
  try {
    report.bytes = Buffer.byteLength(JSON.stringify(index));
  } catch (error) {
    report.serialiseError = error instanceof Error ? error.message : String(error);
  }
  for (const q of queries) {
    const t = performance.now();
    const found = parseQuery(q.text).words.length === 0 ? [] : index.search(q.text);
    report.queryMs.push(performance.now() - t);
    report.accuracy.add(
      truth.keys(q.text),
      found.map((r) => docs[r.id as number]!.key),
    );
  }
  return report;
}

export async function runFlexSearch(
  docs: readonly SearchDoc[],
  queries: readonly BenchQuery[],
  truth: Truth,
): Promise<LibraryReport> {
  const started = performance.now();
  const index = new Index({ encoder: Charset.CJK });
  docs.forEach((d, id) => index.add(id, foldText(searchableText(d))));
  const buildMs = performance.now() - started;
  const report: LibraryReport = {
    name: "FlexSearch 0.8 (CJK)",
    buildMs,
    bytes: 0,
    serialiseError: null,
    queryMs: [],
    accuracy: accuracy(),
  };
  try {
    await index.export((_key: string, data: string) => void (report.bytes! += Buffer.byteLength(data ?? "")));
  } catch (error) {
    report.bytes = null;
    report.serialiseError = error instanceof Error ? error.message : String(error);
  }
  for (const q of queries) {
    const t = performance.now();
    const words = parseQuery(q.text).words.map((w) => w.text);
    let found: number[] | null = null;
    for (const w of words) {
      const ids = new Set(index.search(w, { limit: docs.length }) as number[]);
      found = found === null ? [...ids] : found.filter((id) => ids.has(id));
    }
    report.queryMs.push(performance.now() - t);
    report.accuracy.add(
      truth.keys(q.text),
      [...(found ?? [])].map((id) => docs[id]!.key),
    );
  }
  return report;
}
