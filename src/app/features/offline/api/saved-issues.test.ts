import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Issue, IssueEntry } from "@/bundle/schema";
import { OFFLINE_CACHES } from "@/app/config/offline";

/**
 * 保存本期 against a stand-in Cache Storage, `fetch` and localStorage: a save is all or nothing,
 * whatever fails, and never takes away what was in the caches before it.
 */
class FakeCache {
  readonly entries = new Map<string, string>();
  /** Makes `put` throw for these URLs (a full disk: QuotaExceededError). */
  failPut: (url: string) => boolean = () => false;

  async match(url: string): Promise<Response | undefined> {
    const body = this.entries.get(url);
    return body === undefined ? undefined : new Response(body);
  }
  async put(url: string, response: Response): Promise<void> {
    if (this.failPut(url)) throw new DOMException("the disk is full", "QuotaExceededError");
    this.entries.set(url, await response.text());
  }
  async delete(url: string): Promise<boolean> {
    return this.entries.delete(url);
  }
}

class FakeCacheStorage {
  readonly named = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    let cache = this.named.get(name);
    if (cache === undefined) this.named.set(name, (cache = new FakeCache()));
    return cache;
  }
  contents(): Record<string, string[]> {
    return Object.fromEntries([...this.named].map(([name, cache]) => [name, [...cache.entries.keys()].sort()]));
  }
}

/** A request the test answers when it chooses: a status, or a network error. */
interface Held {
  url: string;
  answer(outcome: number | "network error"): void;
}

let storage: FakeCacheStorage;
let held: Held[];
let hold: (url: string) => boolean;
let status: (url: string) => number | "network error";

function issue(date: string, articles: number): { entry: IssueEntry; issue: Issue } {
  const data = {
    type: "folio/issue",
    version: 1,
    date,
    dateApproximate: false,
    dateNote: null,
    paper: { id: "maonan", name: "茂南区新闻", nameNote: null },
    pages: [
      {
        no: 1,
        name: null,
        unassigned: [],
        articles: Array.from({ length: articles }, (_, i) => ({ seq: i + 1 })),
      },
    ],
  };
  // Only what saving reads is filled in; the rest of an article does not matter here.
  return {
    issue: data as unknown as Issue,
    entry: {
      date,
      dateApproximate: false,
      dateNote: null,
      file: `issues/maonan/${date}.abc.json`,
      pageCount: 1,
      articleCount: articles,
    },
  };
}

/** The URLs one issue's save writes, by cache. */
function urlsOf(date: string, articles: number): { issues: string[]; pages: string[] } {
  return {
    issues: [`/data/issues/maonan/${date}.abc.json`],
    pages: [
      `/maonan/${date}/`,
      `/maonan/${date}/1/`,
      ...Array.from({ length: articles }, (_, i) => `/maonan/${date}/1/${i + 1}/`),
    ].sort(),
  };
}

async function loadSavedIssues() {
  vi.resetModules();
  return import("./saved-issues");
}

/**
 * Answers the held requests one at a time, in the order they were made, until the saves have
 * settled and no request is left: requests in flight when a save fails come back after it.
 */
async function drive(...saves: Promise<unknown>[]): Promise<PromiseSettledResult<unknown>[]> {
  let outcomes: PromiseSettledResult<unknown>[] | null = null;
  void Promise.allSettled(saves).then((settled) => (outcomes = settled));
  for (let round = 0; round < 10_000 && (outcomes === null || held.length > 0); round++) {
    await settle();
    const request = held.shift();
    request?.answer(status(request.url));
  }
  await settle();
  return outcomes ?? [];
}

/** What the app remembers as saved (across visits). */
function saved(): { date: string; files: number }[] {
  return JSON.parse(localStorage.getItem("folio.savedIssues.v1") ?? "[]") as { date: string; files: number }[];
}

/** Lets every queued task run (fetches answered, writes done). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(() => {
  storage = new FakeCacheStorage();
  held = [];
  hold = () => false;
  status = () => 200;
  const local = new Map<string, string>();
  vi.stubGlobal("caches", storage);
  vi.stubGlobal("window", { caches: storage });
  vi.stubGlobal("navigator", {});
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => local.get(key) ?? null,
    setItem: (key: string, value: string) => void local.set(key, value),
    removeItem: (key: string) => void local.delete(key),
  });
  vi.stubGlobal("fetch", (url: string) => {
    const respond = (outcome: number | "network error") =>
      outcome === "network error"
        ? Promise.reject(new TypeError("Failed to fetch"))
        : Promise.resolve(new Response(`body of ${url}`, { status: outcome }));
    if (!hold(url)) return respond(status(url));
    return new Promise<Response>((resolve, reject) => {
      held.push({ url, answer: (outcome) => respond(outcome).then(resolve, reject) });
    });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("saving an issue", () => {
  it("saves every file of the issue, with progress, and marks it saved", async () => {
    const { saveIssue } = await loadSavedIssues();
    const { entry, issue: seedIssue } = issue("2023-02-26", 3);
    const progress: [number, number][] = [];
    await saveIssue("maonan", entry, seedIssue, (done, total) => progress.push([done, total]));
    const urls = urlsOf("2023-02-26", 3);
    expect(storage.contents()).toEqual({ [OFFLINE_CACHES.issues]: urls.issues, [OFFLINE_CACHES.pages]: urls.pages });
    expect(progress[0]).toEqual([0, 6]);
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(saved().map((s) => [s.date, s.files])).toEqual([["2023-02-26", 6]]);
  });

  it("one failed request: nothing of the save remains, even from requests that finish later", async () => {
    const { saveIssue } = await loadSavedIssues();
    const { entry, issue: seedIssue } = issue("2023-02-26", 6);
    hold = () => true;
    status = (url) => (url.endsWith("/1/2/") ? 503 : 200);
    const [outcome] = await drive(saveIssue("maonan", entry, seedIssue, () => {}));
    expect(outcome).toMatchObject({
      status: "rejected",
      reason: { message: expect.stringMatching(/\/maonan\/2023-02-26\/1\/2\/.*503/u) },
    });
    expect(Object.values(storage.contents()).flat()).toEqual([]);
    expect(saved()).toEqual([]);
  });

  it("a network error says which file, and saves nothing", async () => {
    const { saveIssue } = await loadSavedIssues();
    const { entry, issue: seedIssue } = issue("2023-02-26", 3);
    status = (url) => (url.endsWith("/1/3/") ? "network error" : 200);
    await expect(saveIssue("maonan", entry, seedIssue, () => {})).rejects.toThrow(/\/1\/3\/.*Failed to fetch/u);
    await settle();
    expect(Object.values(storage.contents()).flat()).toEqual([]);
    expect(saved()).toEqual([]);
  });

  it("a failed write removes what this save wrote and keeps what was there before", async () => {
    const { saveIssue } = await loadSavedIssues();
    const { entry, issue: seedIssue } = issue("2023-02-26", 4);
    // The reader opened the issue and its first page before: the service worker kept them.
    const before = { issue: "/data/issues/maonan/2023-02-26.abc.json", page: "/maonan/2023-02-26/" };
    await (await storage.open(OFFLINE_CACHES.issues)).put(before.issue, new Response("kept issue"));
    await (await storage.open(OFFLINE_CACHES.pages)).put(before.page, new Response("kept page"));
    const pages = await storage.open(OFFLINE_CACHES.pages);
    pages.failPut = (url) => url.endsWith("/1/3/");
    await expect(saveIssue("maonan", entry, seedIssue, () => {})).rejects.toThrow(/the disk is full/u);
    await settle();
    expect(storage.contents()).toEqual({
      [OFFLINE_CACHES.issues]: [before.issue],
      [OFFLINE_CACHES.pages]: [before.page],
    });
    expect(saved()).toEqual([]);
  });

  it("two issues saved at once: the one that fails leaves nothing, the other is saved whole", async () => {
    const { saveIssue } = await loadSavedIssues();
    const a = issue("2023-02-26", 5);
    const b = issue("2023-02-27", 5);
    // Interleave the two saves: hold every request, then answer them in turns.
    hold = () => true;
    status = (url) => (url.endsWith("2023-02-27/1/4/") ? 500 : 200);
    const [resultA, resultB] = await drive(
      saveIssue("maonan", a.entry, a.issue, () => {}),
      saveIssue("maonan", b.entry, b.issue, () => {}),
    );
    expect(resultA?.status).toBe("fulfilled");
    expect(resultB?.status).toBe("rejected");
    const urls = urlsOf("2023-02-26", 5);
    expect(storage.contents()).toEqual({ [OFFLINE_CACHES.issues]: urls.issues, [OFFLINE_CACHES.pages]: urls.pages });
    expect(saved().map((s) => s.date)).toEqual(["2023-02-26"]);
  });

  it("saves a split issue's page text files with it (every page, not only the one opened)", async () => {
    const { saveIssue } = await loadSavedIssues();
    const { entry, issue: one } = issue("2023-02-26", 2);
    const page = one.pages[0]!;
    const split = {
      ...one,
      pages: [1, 2].map((no) => ({
        ...page,
        no,
        unassigned: undefined,
        text: `issues/maonan/2023-02-26/${no}.abc.json`,
      })),
    };
    await saveIssue("maonan", entry, split, () => {});
    expect(storage.contents()[OFFLINE_CACHES.issues]).toEqual([
      "/data/issues/maonan/2023-02-26.abc.json",
      "/data/issues/maonan/2023-02-26/1.abc.json",
      "/data/issues/maonan/2023-02-26/2.abc.json",
    ]);
    expect(storage.contents()[OFFLINE_CACHES.pages]).toContain("/maonan/2023-02-26/2/2/");
  });
});

describe("keeping the issues opened before the service worker took over", () => {
  it("keeps the files opened and every page's text of an opened issue, nothing that is not a file", async () => {
    const { keepOpenedIssues, openedFiles } = await loadSavedIssues();
    const { QueryClient } = await import("@tanstack/react-query");
    const { bundleKeys, pageTextQueryOptions } = await import("@/app/api/bundle-queries");
    const client = new QueryClient();
    const text = (no: number) => `issues/maonan/2023-02-26/${no}.abc.json`;
    const { issue: one } = issue("2023-02-26", 1);
    const split = { ...one, pages: [1, 2, 3].map((no) => ({ ...one.pages[0]!, no, text: text(no) })) };
    client.setQueryData(bundleKeys.manifest(), {});
    client.setQueryData(bundleKeys.issue("issues/maonan/2023-02-26.abc.json"), split);
    client.setQueryData(bundleKeys.pageText(text(1)), {});
    // A page whose text is inline (a version-3 issue file) and a query that is no file.
    client.setQueryData(pageTextQueryOptions({}).queryKey, null);
    client.setQueryData(["people-found", "zhang"], []);
    // The manifest's key names no file (it has a fixed name and is fetched anew).
    expect(openedFiles(client).sort()).toEqual(["issues/maonan/2023-02-26.abc.json", text(1), text(2), text(3)]);
    vi.stubGlobal("window", { caches: storage });
    const cache = await storage.open(OFFLINE_CACHES.issues);
    (cache as unknown as { add: (url: string) => Promise<void> }).add = async (url: string) =>
      cache.put(url, await fetch(url));
    await keepOpenedIssues(openedFiles(client));
    expect(storage.contents()[OFFLINE_CACHES.issues]).toEqual([
      "/data/issues/maonan/2023-02-26.abc.json",
      ...[1, 2, 3].map((no) => `/data/${text(no)}`),
    ]);
  });
});
