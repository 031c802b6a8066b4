import { afterEach, describe, expect, it, vi } from "vitest";
import { SEARCH_INDEX_VERSION, type SmallIndex } from "@/bundle/search-schema";
import { foldingId } from "./fold/fold";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

/** The worker entry, run against a stand-in for the worker scope and for `fetch`. */
interface FakeScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerResponse): void;
}

function indexFile(title: string): Uint8Array<ArrayBuffer> {
  const index: SmallIndex = {
    type: "folio/search-index",
    version: SEARCH_INDEX_VERSION,
    folding: foldingId(),
    mode: "small",
    docs: [
      {
        key: "maonan/2023-02-26/1-1",
        date: "2023-02-26",
        paper: "maonan",
        page: 1,
        title,
        subtitles: [],
        byline: null,
        paragraphs: ["乡村振兴篮球赛。"],
        caption: null,
        people: [],
      },
    ],
    personKeys: {},
  };
  return new TextEncoder().encode(JSON.stringify(index));
}

async function startWorker(
  files: Map<string, Uint8Array<ArrayBuffer>>,
): Promise<{ send(r: WorkerRequest): Promise<WorkerResponse> }> {
  const scope: FakeScope = { onmessage: null, postMessage: () => {} };
  vi.stubGlobal("self", scope);
  vi.stubGlobal("fetch", async (url: URL) => {
    const file = files.get(url.pathname.replace("/data/search/", ""));
    return file === undefined ? new Response(null, { status: 404 }) : new Response(file);
  });
  vi.resetModules();
  await import("./search-worker");
  return {
    send: (request) =>
      new Promise((resolve) => {
        scope.postMessage = resolve;
        scope.onmessage!({ data: request });
      }),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("search worker", () => {
  it("opens the index at baseUrl and answers searches by id", async () => {
    const worker = await startWorker(new Map([["index.json", indexFile("篮球赛闭幕")]]));
    expect(await worker.send({ type: "open", baseUrl: "https://example.org/data/search/" })).toEqual({
      type: "opened",
      mode: "small",
      docCount: 1,
    });
    const response = await worker.send({ type: "search", id: 7, query: "篮球", options: { limit: 5 } });
    expect(response.type === "result" && response.id === 7 && response.result.hits.map((h) => h.title)).toEqual([
      "篮球赛闭幕",
    ]);
  });

  it("reports an index that cannot be opened", async () => {
    const worker = await startWorker(new Map());
    const response = await worker.send({ type: "open", baseUrl: "https://example.org/data/search/" });
    expect(response).toMatchObject({
      type: "error",
      id: null,
      message: expect.stringMatching(/missing: index\.json/u),
    });
  });
});
