import type { SearchOptions, SearchResult } from "./search-types";

/**
 * Messages between the app and the search worker. The app sends `open` once, then `search` with an
 * id of its choosing; each search gets one `result` or `error` with that id. Results of an older
 * search may arrive after a newer one was sent: the app keeps the latest id and drops the rest.
 * A result with `truncated` can be continued by sending the same search again (cached files make
 * the repeat cheap; it goes on from where the budget stopped it).
 */
export type WorkerRequest =
  /**
   * `baseUrl`: absolute URL of the folder holding the index's entry (ends with "/"); `entry`: the
   * entry's file name when it is not `index.json` (a content-hashed name, so that an app opens the
   * index of its own deployment).
   */
  | { type: "open"; baseUrl: string; entry?: string }
  | { type: "search"; id: number; query: string; options?: SearchOptions };

export type WorkerResponse =
  | { type: "opened"; mode: "small" | "segmented"; docCount: number }
  | { type: "result"; id: number; result: SearchResult }
  /** `id` null: the index itself failed to open. */
  | { type: "error"; id: number | null; message: string };
