import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchResult } from "@/search/search-types";
import type { WorkerRequest, WorkerResponse } from "@/search/worker-protocol";

/**
 * The app's side of the search worker, against a stand-in Worker: one that answers, one whose
 * script fails to load (the `error` event a 404 chunk fires), one that never answers.
 */
type Behaviour = "answers" | "fails to load" | "never answers";

class FakeWorker extends EventTarget {
  static behaviours: Behaviour[] = [];
  static created: FakeWorker[] = [];
  readonly behaviour: Behaviour;
  readonly sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    this.behaviour = FakeWorker.behaviours.shift() ?? "answers";
    FakeWorker.created.push(this);
    // A module script that cannot be fetched: the worker reports a plain `error` event, later.
    if (this.behaviour === "fails to load") queueMicrotask(() => this.emit(new Event("error")));
  }

  postMessage(request: WorkerRequest): void {
    this.sent.push(request);
    if (this.behaviour !== "answers" || this.terminated) return;
    const answer: WorkerResponse =
      request.type === "open"
        ? { type: "opened", mode: "small", docCount: 1 }
        : { type: "result", id: request.id, result: resultFor(request.query) };
    queueMicrotask(() => this.emit(new MessageEvent("message", { data: answer })));
  }

  /** As a browser does: listeners and the `on…` property both hear it. */
  private emit(event: Event): void {
    this.dispatchEvent(event);
    if (event instanceof MessageEvent) this.onmessage?.(event as MessageEvent<WorkerResponse>);
    else this.onerror?.(event);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function resultFor(query: string): SearchResult {
  return { words: [query], hits: [], total: 0, totalExact: true, truncated: false };
}

/** What a promise has done by the time the queued tasks have run. */
async function outcome<T>(promise: Promise<T>): Promise<{ resolved: T } | { rejected: unknown } | "pending"> {
  const settled = promise.then(
    (resolved) => ({ resolved }),
    (rejected: unknown) => ({ rejected }),
  );
  const later = new Promise<"pending">((resolve) => setImmediate(() => resolve("pending")));
  return Promise.race([settled, later]);
}

async function loadClient() {
  vi.resetModules();
  return import("./search-client");
}

const ENTRY = "search/index.0123abcd.json";

beforeEach(() => {
  FakeWorker.behaviours = [];
  FakeWorker.created = [];
  vi.stubGlobal("Worker", FakeWorker);
  vi.stubGlobal("window", { location: { href: "https://example.org/search/?q=x" } });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("search client", () => {
  it("opens the index and answers searches", async () => {
    const client = await loadClient();
    const result = await client.searchIndex(ENTRY, "篮球", { limit: 5 });
    expect(result.words).toEqual(["篮球"]);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.sent[0]).toEqual({
      type: "open",
      baseUrl: "https://example.org/data/search/",
      entry: "index.0123abcd.json",
    });
  });

  it("rejects pending searches when the worker's script fails to load, and at once after that", async () => {
    FakeWorker.behaviours = ["fails to load"];
    const client = await loadClient();
    const first = await outcome(client.searchIndex(ENTRY, "篮球", {}));
    expect(first).toMatchObject({ rejected: { name: "SearchUnavailableError" } });
    const error = (first as { rejected: { reason: string; message: string; offerReload: boolean } }).rejected;
    expect(error.reason).toBe("load");
    expect(error.message).toMatch(/没有加载成功/u);
    expect(error.offerReload).toBe(false);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    // The next search (the header's box typing on) does not hang and does not start another worker.
    expect(await outcome(client.searchIndex(ENTRY, "座谈", {}))).toEqual({ rejected: error });
    expect(FakeWorker.created).toHaveLength(1);
  });

  it("retries with a new worker; a second failure of the same script offers a reload", async () => {
    FakeWorker.behaviours = ["fails to load", "fails to load", "answers"];
    const client = await loadClient();
    expect(await outcome(client.searchIndex(ENTRY, "篮球", {}))).toMatchObject({ rejected: { offerReload: false } });
    client.retrySearch();
    expect(await outcome(client.searchIndex(ENTRY, "篮球", {}))).toMatchObject({ rejected: { offerReload: true } });
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[1]!.url.href).toBe(FakeWorker.created[0]!.url.href);
    client.retrySearch();
    expect(await outcome(client.searchIndex(ENTRY, "篮球", {}))).toEqual({ resolved: resultFor("篮球") });
    expect(FakeWorker.created).toHaveLength(3);
  });

  it("gives up on a worker that never answers its open", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    FakeWorker.behaviours = ["never answers"];
    const client = await loadClient();
    const search = client.searchIndex(ENTRY, "篮球", {});
    expect(await outcome(search)).toBe("pending");
    vi.advanceTimersByTime(client.WORKER_OPEN_TIMEOUT_MS - 1);
    expect(await outcome(search)).toBe("pending");
    vi.advanceTimersByTime(1);
    expect(await outcome(search)).toMatchObject({ rejected: { reason: "timeout", message: /没有响应/u } });
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  it("does not time out a worker that opened", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const client = await loadClient();
    expect(await outcome(client.searchIndex(ENTRY, "篮球", {}))).toEqual({ resolved: resultFor("篮球") });
    vi.advanceTimersByTime(client.WORKER_OPEN_TIMEOUT_MS * 2);
    expect(await outcome(client.searchIndex(ENTRY, "座谈", {}))).toEqual({ resolved: resultFor("座谈") });
    expect(FakeWorker.created[0]!.terminated).toBe(false);
  });

  it("warming up a failed worker does not throw", async () => {
    FakeWorker.behaviours = ["fails to load"];
    const client = await loadClient();
    client.warmUpSearch(ENTRY);
    expect(await outcome(client.searchIndex(ENTRY, "篮球", {}))).toMatchObject({ rejected: { reason: "load" } });
    expect(() => client.warmUpSearch(ENTRY)).not.toThrow();
  });
});
