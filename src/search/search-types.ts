/** The query side's public types: what the worker receives and what it answers. */

export interface SearchFilters {
  /** Inclusive, YYYY-MM-DD. */
  dateFrom?: string;
  /** Inclusive, YYYY-MM-DD. */
  dateTo?: string;
  /** A paper id (`maonan`). */
  paper?: string;
  page?: number;
  /** A person's name as printed; folded like everything else. */
  person?: string;
}

export type SearchSort = "newest" | "title-first";

export interface SearchOptions {
  filters?: SearchFilters;
  /** `newest` (default): newest issue first, then page and article order. `title-first`: documents whose title has every word come first, each group newest first. */
  sort?: SearchSort;
  limit?: number;
  offset?: number;
  /** Sharded index: text shards this call may download to check candidates; default `limit` + `TEXT_FETCH_SLACK`. */
  maxTextFetches?: number;
  /** false: hits carry empty snippets and highlights (listing or counting many hits). Default true. */
  snippets?: boolean;
}

/** [start, end) in UTF-16 code units of the string it belongs to. */
export type Range = [number, number];

export interface Snippet {
  /** Plain text: the UI builds text nodes from it and the ranges, never HTML. */
  text: string;
  highlights: Range[];
  /** The excerpt's paragraph goes on before / after it: the UI may show an ellipsis. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

export interface SearchHit {
  key: string;
  title: string;
  date: string;
  paper: string;
  page: number;
  byline: string | null;
  snippet: Snippet;
  /** The title alone has every word of the query. */
  titleHit: boolean;
  /** Every occurrence of a query word in the title. */
  titleHighlights: Range[];
}

export interface SearchResult {
  /** The folded words that were searched for (empty: nothing to search, nothing found). */
  words: string[];
  hits: SearchHit[];
  /**
   * Number of matching documents. When `totalExact` is false: an upper bound for long words
   * (candidates not yet checked), or, for a segmented index answered from its newest segments,
   * the matches in those (older segments were not read).
   */
  total: number;
  totalExact: boolean;
  /**
   * The call stopped checking candidates to stay within its download budget, or stopped at the
   * newest segments with no more matches than it shows: calling again (for more) continues.
   */
  truncated: boolean;
}

/** Fetches one index file by its path relative to the index's `index.json`. */
export type FetchBytes = (path: string) => Promise<ArrayBuffer | Uint8Array>;

export interface SearchEngine {
  readonly mode: "small" | "segmented";
  readonly docCount: number;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
}

/** Results per call when the caller does not say. */
export const DEFAULT_LIMIT = 20;
