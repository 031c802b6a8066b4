import type * as FsPromises from "node:fs/promises";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { SEARCH_ENTRY_FILE, type SearchDoc } from "@/bundle/search-schema";
import { openSearchIndex } from "@/search/open-index";
import { ChangedWriter } from "../cache/write-changed";
import type { SearchIndexOptions } from "./build-search-index";
import { generateCorpus } from "./test-corpus";
import { writeSearchIndex } from "./write-search-index";
import { docsSources, type DocSource } from "./doc-sources";
import type { SegmentFileList } from "./reuse-segment";
import { touched } from "@/ingest/cache/fs-touches.test-helper";

/** Every path it lists or measures, through the module it imports its file functions from. */
vi.mock("node:fs/promises", async (importOriginal) =>
  (await import("@/ingest/cache/fs-touches.test-helper")).touchingFs(await importOriginal<typeof FsPromises>()),
);

const root = await mkdtemp(join(tmpdir(), "folio-segments-"));
afterAll(() => rm(root, { recursive: true, force: true }));

// Small thresholds and 2-day windows: a few hundred documents over 30 dates make several segments;
// the entry lists one at least, the older ones in pages of two.
const options: Partial<SearchIndexOptions> = {
  mode: "segmented",
  targetShardBytes: 512,
  bigPostingBytes: 64,
  docsPerTextShard: 1,
  minBlockDays: 2,
  entrySegments: 1,
  segmentsPerPage: 2,
};

const base = generateCorpus(300);
const dates = [...new Set(base.map((d) => d.date))].sort();
const latest = dates.at(-1)!;
/** One more issue, the day after the corpus's latest. */
const nextDay = "2023-03-20";
const added: SearchDoc[] = generateCorpus(12, 9).map((d, i) => ({
  ...d,
  key: `maonan/${nextDay}/1-${i}`,
  date: nextDay,
  paper: "maonan",
}));

/** Builds into `dir` the way `folio build` does: through a ChangedWriter, then removing what is stale. */
async function build(dir: string, docs: readonly SearchDoc[]) {
  const out = new ChangedWriter(dir);
  const result = await writeSearchIndex(out, "search", docs, options);
  await out.write(`search/${SEARCH_ENTRY_FILE}`, result.entry);
  const removed = await out.removeStale();
  return { ...result, written: out.written, removed };
}

async function tree(dir: string): Promise<Map<string, { bytes: Buffer; mtime: number }>> {
  const files = new Map<string, { bytes: Buffer; mtime: number }>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    files.set(full.slice(dir.length + 1), { bytes: await readFile(full), mtime: (await stat(full)).mtimeMs });
  }
  return files;
}

const bytesOf = (t: Map<string, { bytes: Buffer }>): Map<string, string> =>
  new Map([...t].map(([k, v]) => [k, v.bytes.toString("base64")]));

async function engineAt(dir: string) {
  return openSearchIndex((path) => readFile(join(dir, "search", path)));
}

describe("writing a segmented search index over an earlier one", () => {
  it("adding one issue writes only the new and merged segments, and equals a full build", async () => {
    const dir = join(root, "add");
    const first = await build(dir, base);
    expect(first.stats.segments.length).toBeGreaterThan(3);
    const before = await tree(dir);
    const second = await build(dir, [...base, ...added]);
    const after = await tree(dir);

    const rewritten = second.stats.segments.filter((s) => s.written);
    const kept = second.stats.segments.filter((s) => !s.written);
    expect(kept.length).toBeGreaterThan(0);
    // Files written: those of the new/merged segments, the pages holding them, plus the entry; nothing else.
    const inWritten = [...after.keys()].filter((p) => rewritten.some((s) => p.startsWith(`search/${s.id}/`)));
    const pages = [...after.keys()].filter((p) => p.startsWith("search/pages/"));
    expect(pages.length).toBeGreaterThan(0);
    const pagesWritten = pages.filter((p) => !before.has(p));
    expect(second.written).toBe(inWritten.length + pagesWritten.length + 1);
    // A page of kept segments only is kept (the oldest: the day is the newest).
    expect(pagesWritten.length).toBeLessThan(pages.length);
    for (const p of pages) if (before.has(p)) expect(after.get(p)!.mtime).toBe(before.get(p)!.mtime);
    expect(second.written).toBeLessThan(after.size / 2);
    for (const s of kept)
      for (const [path, file] of after)
        if (path.startsWith(`search/${s.id}/`)) expect(file.mtime).toBe(before.get(path)!.mtime);
    // Segments no longer listed are gone.
    const live = new Set(second.stats.segments.map((s) => s.id));
    const entry = JSON.parse(after.get(`search/${SEARCH_ENTRY_FILE}`)!.bytes.toString("utf8")) as {
      pages: { file: string }[];
    };
    expect(pages.sort()).toEqual(entry.pages.map((p) => `search/${p.file}`).sort());
    for (const path of after.keys())
      expect(live.has(path.split("/")[1]!) || path === `search/${SEARCH_ENTRY_FILE}` || pages.includes(path)).toBe(
        true,
      );
    expect(second.removed.length).toBeGreaterThan(0);

    const full = join(root, "add-full");
    await build(full, [...base, ...added]);
    expect(bytesOf(after)).toEqual(bytesOf(await tree(full)));

    const hits = await (await engineAt(dir)).search(added[0]!.title.slice(0, 3), { limit: Infinity });
    expect(hits.hits.map((h) => h.key)).toContain(added[0]!.key);
  });

  it("removing an issue takes its documents out, and equals a full build", async () => {
    const dir = join(root, "remove");
    await build(dir, base);
    const gone = dates[Math.floor(dates.length / 2)]!;
    const victim = base.find((d) => d.date === gone)!;
    const engine = await engineAt(dir);
    const query = victim.paragraphs[0]!.slice(0, 4);
    expect((await engine.search(query, { limit: Infinity })).hits.map((h) => h.key)).toContain(victim.key);

    const kept = base.filter((d) => d.date !== gone);
    const result = await build(dir, kept);
    expect(result.stats.segments.some((s) => !s.written)).toBe(true);
    const after = await (await engineAt(dir)).search(query, { limit: Infinity });
    expect(after.hits.map((h) => h.key)).not.toContain(victim.key);
    expect(after.hits.every((h) => h.date !== gone)).toBe(true);

    const full = join(root, "remove-full");
    await build(full, kept);
    expect(bytesOf(await tree(dir))).toEqual(bytesOf(await tree(full)));
  });

  it("building again with nothing changed writes nothing", async () => {
    const dir = join(root, "same");
    await build(dir, base);
    const again = await build(dir, base);
    expect([again.written, again.removed.length]).toEqual([0, 0]);
    expect(again.stats.segments.every((s) => !s.written)).toBe(true);
  });

  it("writes a segment again when its folder is not whole (a build stopped half way)", async () => {
    const dir = join(root, "broken");
    const first = await build(dir, base);
    const victim = first.stats.segments.at(-1)!;
    await rm(join(dir, "search", victim.id, "t", "0.json"));
    const again = await build(dir, base);
    expect(again.stats.segments.filter((s) => s.written).map((s) => s.id)).toEqual([victim.id]);
    expect(again.written).toBe(1);
    expect(latest < nextDay).toBe(true);
  });
});

describe("a segmented search index with its segments' file lists kept", () => {
  it("neither lists nor measures a kept segment's folder, and equals a full build", async () => {
    const lists = new Map<string, SegmentFileList>();
    const store = {
      get: (id: string) => Promise.resolve(lists.get(id)),
      put: (id: string, list: SegmentFileList) => Promise.resolve(void lists.set(id, list)),
    };
    const dir = join(root, "store");
    const buildWith = async (docs: readonly SearchDoc[]) => {
      const out = new ChangedWriter(dir);
      const result = await writeSearchIndex(out, "search", docs, options, store);
      await out.write(`search/${SEARCH_ENTRY_FILE}`, result.entry);
      await out.removeStale();
      return result;
    };
    const first = await buildWith(base);
    // Every segment written has its record: as many files as its folder holds.
    for (const s of first.stats.segments) {
      const there = (await readdir(join(dir, "search", s.id), { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(join(dir, "search", s.id).length + 1))
        .sort();
      expect(lists.get(s.id)?.files).toBe(there.length);
    }
    touched.paths.length = 0;
    touched.on = true;
    const second = await buildWith([...base, ...added]).finally(() => {
      touched.on = false;
    });
    const kept = second.stats.segments.filter((s) => !s.written);
    expect(kept.length).toBeGreaterThan(2);
    const inKept = touched.paths.filter((path) => kept.some((s) => path.startsWith(join(dir, "search", s.id))));
    expect(inKept).toEqual([]);
    // the spy sees the writer's file calls (else the check above would pass on nothing)
    expect(touched.paths.length).toBeGreaterThan(0);

    const full = join(root, "store-full");
    const fullResult = await build(full, [...base, ...added]);
    expect(second.bytes).toBe(fullResult.bytes);
    expect(bytesOf(await tree(dir))).toEqual(bytesOf(await tree(full)));
  });
});

/** Sources that count, by `<date> <paper>`, the reads of their documents (`load`) and of their digests (`docs`). */
function counted(sources: readonly DocSource[], loads: Map<string, number>, digests: Map<string, number>): DocSource[] {
  const count = (map: Map<string, number>, { date, paper }: DocSource["unit"]) =>
    map.set(`${date} ${paper}`, (map.get(`${date} ${paper}`) ?? 0) + 1);
  return sources.map((source) => ({
    unit: source.unit,
    docs: () => (count(digests, source.unit), source.docs()),
    load: () => (count(loads, source.unit), source.load()),
  }));
}
const datesOf = (counts: Map<string, number>) =>
  [...new Set([...counts.keys()].map((key) => key.split(" ")[0]!))].sort();

describe("a segmented search index from sources", () => {
  it("reads only the sources of the segments it writes, and gives the bytes the documents give", async () => {
    // One source per date and paper, as `folio build` gives one per issue; each counts its reads.
    const byDate = new Map<string, SearchDoc[]>();
    for (const doc of [...base, ...added]) byDate.set(doc.date, [...(byDate.get(doc.date) ?? []), doc]);
    const reads = new Map<string, number>();
    const sources = counted(docsSources([...base, ...added]), reads, new Map());
    const dir = join(root, "sources");
    await build(dir, base);
    const out = new ChangedWriter(dir);
    const result = await writeSearchIndex(out, "search", { sources }, options);
    await out.write(`search/${SEARCH_ENTRY_FILE}`, result.entry);
    await out.removeStale();
    const written = result.stats.segments.filter((s) => s.written);
    expect(written.length).toBeGreaterThan(0);
    expect(result.stats.segments.length).toBeGreaterThan(written.length);
    // The dates read are exactly those of the segments written, each read once.
    const inWritten = [...byDate.keys()].filter((d) => written.some((s) => s.from <= d && d <= s.to));
    expect(datesOf(reads)).toEqual(inWritten.sort());
    expect(Math.max(...reads.values())).toBe(1);
    expect(datesOf(reads).length).toBeLessThan(byDate.size / 2);

    const full = join(root, "sources-full");
    await build(full, [...base, ...added]);
    expect(bytesOf(await tree(dir))).toEqual(bytesOf(await tree(full)));
  });
});

describe("a segmented search index with its segments' names kept", () => {
  it("reads no digest of a kept segment's documents to name it, and equals a full build", async () => {
    const names = new Map<string, string>();
    const store = {
      get: (key: string) => Promise.resolve(names.get(key)),
      put: (key: string, id: string) => Promise.resolve(void names.set(key, id)),
    };
    const dir = join(root, "names");
    const buildFrom = async (docs: readonly SearchDoc[], digests: Map<string, number>) => {
      const out = new ChangedWriter(dir);
      const sources = counted(docsSources(docs), new Map(), digests);
      const result = await writeSearchIndex(out, "search", { sources }, { ...options, names: store });
      await out.write(`search/${SEARCH_ENTRY_FILE}`, result.entry);
      await out.removeStale();
      return result;
    };
    const first = await buildFrom(base, new Map());
    expect(first.stats.named).toBe(first.stats.segments.length);
    expect(names.size).toBe(first.stats.segments.length);

    // Nothing changed: every name is found, no digest read.
    const none = new Map<string, number>();
    const same = await buildFrom(base, none);
    expect([same.stats.named, none.size]).toEqual([0, 0]);
    expect(same.stats.segments.map((s) => s.id)).toEqual(first.stats.segments.map((s) => s.id));

    // A day added: only the segments that are new are named, from their own documents' digests.
    const digests = new Map<string, number>();
    const second = await buildFrom([...base, ...added], digests);
    const fresh = second.stats.segments.filter((s) => !first.stats.segments.some((f) => f.id === s.id));
    expect(fresh.length).toBeGreaterThan(0);
    expect(second.stats.named).toBe(fresh.length);
    const inFresh = [...new Set([...base, ...added].map((d) => d.date))].filter((d) =>
      fresh.some((s) => s.from <= d && d <= s.to),
    );
    expect(datesOf(digests)).toEqual(inFresh.sort());
    expect(Math.max(...digests.values())).toBe(1);
    expect(datesOf(digests).length).toBeLessThan(dates.length / 2);

    // The names found are those the documents give: the same bytes as a build from scratch.
    const full = join(root, "names-full");
    await build(full, [...base, ...added]);
    expect(bytesOf(await tree(dir))).toEqual(bytesOf(await tree(full)));
  });
});
