import { SEARCH_ENTRY_FILE } from "@/bundle/search-schema";
import { openSearchIndex } from "./open-index";
import type { SearchEngine } from "./search-types";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

/**
 * The Web Worker entry: wires `fetch` into the engine and answers the protocol's messages. Index
 * files are immutable and cached by the browser and by the engine; only `index.json` is
 * revalidated, and a file gone missing (the site was rebuilt since) reopens the index once.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

class MissingFile extends Error {}

const scope = self as unknown as WorkerScope;
let baseUrl: string | null = null;
let entry: string = SEARCH_ENTRY_FILE;
let engine: Promise<SearchEngine> | null = null;

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  if (baseUrl === null) throw new Error("search worker: search before open");
  const file = path === SEARCH_ENTRY_FILE ? entry : path;
  const response = await fetch(new URL(file, baseUrl), file === SEARCH_ENTRY_FILE ? { cache: "no-cache" } : {});
  if (response.status === 404) throw new MissingFile(`search index file missing: ${path}`);
  if (!response.ok) throw new Error(`search index file ${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function open(): Promise<SearchEngine> {
  engine = openSearchIndex(fetchBytes);
  engine.then(
    (e) => scope.postMessage({ type: "opened", mode: e.mode, docCount: e.docCount }),
    (error: unknown) => scope.postMessage({ type: "error", id: null, message: String(error) }),
  );
  return engine;
}

async function search(request: Extract<WorkerRequest, { type: "search" }>): Promise<void> {
  try {
    let result;
    try {
      result = await (await (engine ?? open())).search(request.query, request.options);
    } catch (error) {
      if (!(error instanceof MissingFile)) throw error;
      result = await (await open()).search(request.query, request.options);
    }
    scope.postMessage({ type: "result", id: request.id, result });
  } catch (error) {
    scope.postMessage({ type: "error", id: request.id, message: String(error) });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === "open") {
    baseUrl = request.baseUrl;
    entry = request.entry ?? SEARCH_ENTRY_FILE;
    void open();
  } else {
    void search(request);
  }
};
