import { describe, expect, it } from "vitest";
import { LazyFileMap } from "./lazy-files";
import { trackReads } from "./track-reads";

/**
 * What a page depends on, by what its render reads: a content file as a whole, a fixed-name file
 * (manifest, year file) value by value, so a day appended to a year leaves the other days' pages
 * alone and changes the page of the day before it.
 */
const entry = (date: string) => ({ date, file: `issues/x/${date}.0123456789ab.json` });
const yearFile = (dates: readonly string[]) => ({ type: "folio/year", year: 2001, issues: dates.map(entry) });
const manifest = (latest: string, years: readonly number[]) => ({
  type: "folio/manifest",
  papers: [
    { id: "x", latest: { date: latest }, years: years.map((year) => ({ year, file: `archive/x/${year}.json` })) },
  ],
});
type Year = ReturnType<typeof yearFile>;
type Bundle = { manifest: ReturnType<typeof manifest>; years: Map<string, Year>; issues: Map<string, object> };

function bundleOf(dates: readonly string[], years: readonly number[] = [2001]): Bundle {
  return {
    manifest: manifest(dates.at(-1)!, years),
    years: new Map([["archive/x/2001.json", yearFile(dates)]]),
    issues: new Map(dates.map((d) => [entry(d).file, { type: "folio/issue", date: d, text: `text of ${d}` }])),
  };
}

/** What an issue page reads: its paper's year entry, its entry and its neighbours, its issue file. */
function issuePage(bundle: Bundle, date: string): string {
  const paper = bundle.manifest.papers.find((p) => p.id === "x")!;
  const year = bundle.years.get(paper.years.find((y) => y.year === 2001)!.file)!;
  const at = year.issues.findIndex((i) => i.date === date);
  const own = year.issues.find((i) => i.date === date)!;
  const issue = bundle.issues.get(own.file) as { text: string };
  return `${issue.text} older ${year.issues[at - 1]?.date ?? "-"} newer ${year.issues[at + 1]?.date ?? "-"}`;
}

/** The dependencies of one render, and a function giving their key in another build. */
function depsOf(bundle: Bundle, render: (b: Bundle) => unknown) {
  const tracked = trackReads(bundle);
  tracked.log.current = new Set();
  render(tracked.bundle);
  const deps = tracked.compact(tracked.log.current);
  const key = (b: Bundle) => {
    const other = trackReads(b);
    return deps.map((d) => `${d}=${other.digest(d)}`).join("\n");
  };
  return { deps, key };
}

describe("trackReads", () => {
  const before = bundleOf(["2001-05-01", "2001-05-02", "2001-05-03"]);
  const after = bundleOf(["2001-05-01", "2001-05-02", "2001-05-03", "2001-05-04"]);

  it("leaves a page alone when a day is appended after the day after it", () => {
    const { key } = depsOf(before, (b) => issuePage(b, "2001-05-02"));
    expect(key(after)).toBe(key(before));
  });

  it("sees the day appended right after a page's day (its next link) and a change to the issue it shows", () => {
    expect(depsOf(before, (b) => issuePage(b, "2001-05-03")).key(after)).not.toBe(
      depsOf(before, (b) => issuePage(b, "2001-05-03")).key(before),
    );
    const edited = bundleOf(["2001-05-01", "2001-05-02", "2001-05-03"]);
    edited.years.get("archive/x/2001.json")!.issues[1]!.file = "issues/x/2001-05-02.ba9876543210.json";
    edited.issues.set("issues/x/2001-05-02.ba9876543210.json", { type: "folio/issue", text: "changed" });
    const { key } = depsOf(before, (b) => issuePage(b, "2001-05-02"));
    expect(key(edited)).not.toBe(key(before));
  });

  it("depends on the exact length of a list read whole, and on a value read once", () => {
    const count = depsOf(before, (b) => b.years.get("archive/x/2001.json")!.issues.length);
    expect(count.key(after)).not.toBe(count.key(before));
    const latest = depsOf(before, (b) => b.manifest.papers[0]!.latest.date);
    expect(latest.key(after)).not.toBe(latest.key(before));
    const listed = depsOf(before, (b) => b.years.get("archive/x/2001.json")!.issues.map((i) => i.date));
    expect(listed.key(after)).not.toBe(listed.key(before));
  });

  it("sees a new year before the one a page found (a scan from the first year)", () => {
    const { key } = depsOf(before, (b) => issuePage(b, "2001-05-02"));
    expect(key(bundleOf(["2001-05-01", "2001-05-02", "2001-05-03"], [2002, 2001]))).not.toBe(key(before));
  });

  it("keeps a scan's reads as ranges, and a content file as one dependency named by its file", () => {
    const { deps } = depsOf(after, (b) => issuePage(b, "2001-05-04"));
    expect(deps.filter((d) => d.startsWith("/issues/"))).toEqual(["/issues/issues/x/2001-05-04.0123456789ab.json"]);
    expect(deps.some((d) => d.includes('{"from":0,"to":3}'))).toBe(true);
    expect(deps.length).toBeLessThan(20);
    expect(trackReads(after).digest("/issues/issues/x/2001-05-04.0123456789ab.json")).toBe(
      "2001-05-04.0123456789ab.json",
    );
    expect(trackReads(after).digest("/issues/nowhere")).toBeUndefined();
  });

  it("reads a Map's files only when a page reads them, and checks a content-hashed file by its name alone", () => {
    const read: string[] = [];
    const plain = bundleOf(["2001-05-01", "2001-05-02", "2001-05-03"]);
    const lazy = {
      ...plain,
      issues: new LazyFileMap([...plain.issues.keys()], (file) => {
        read.push(file);
        return plain.issues.get(file)!;
      }),
    };
    const tracked = trackReads(lazy);
    expect(read).toEqual([]);
    tracked.log.current = new Set();
    expect(issuePage(tracked.bundle, "2001-05-02")).toMatch(/^text of 2001-05-02/u);
    expect(read).toEqual([entry("2001-05-02").file]);
    // Checking an unchanged page's key: the issue it read is in this build, by name; nothing is read.
    const deps = tracked.compact(tracked.log.current);
    const again = trackReads({ ...lazy });
    for (const dep of deps) expect(again.digest(dep)).toBeDefined();
    expect(read).toEqual([entry("2001-05-02").file]);
  });

  it("takes a kept digest for a value read in a Map's fixed-name file, without reading the file", () => {
    // A person page reads its entry in its shard (a fixed name): value by value.
    const shard = {
      type: "folio/people-shard",
      people: [
        { name: "甲", count: 1 },
        { name: "乙", count: 2 },
      ],
    };
    const read: string[] = [];
    const lazyShards = () =>
      new LazyFileMap(["people/shard-0.json"], (file) => {
        read.push(file);
        return shard;
      });
    const page = (b: { shards: Map<string, typeof shard> }) =>
      b.shards.get("people/shard-0.json")!.people.find((p) => p.name === "乙")!.count;
    const kept = new Map<string, string>();
    const memo = {
      digest: (file: string, id: string) => kept.get(`${file} ${id}`),
      noteDigest: (file: string, id: string, digest: string) => kept.set(`${file} ${id}`, digest),
    };
    const tracked = trackReads({ shards: lazyShards() }, memo);
    tracked.log.current = new Set();
    expect(page(tracked.bundle)).toBe(2);
    const deps = tracked.compact(tracked.log.current);
    const digests = deps.map((dep) => tracked.digest(dep));
    expect(kept.size).toBe(deps.length);
    expect(read).toEqual(["people/shard-0.json"]);
    // The next build, the shard as it was: the key comes from the kept digests, and the shard is not read.
    read.length = 0;
    const again = trackReads({ shards: lazyShards() }, memo);
    expect(deps.map((dep) => again.digest(dep))).toEqual(digests);
    expect(read).toEqual([]);
    // No digest kept (the shard rewritten since): it is read, and the digest is the same for the same values.
    kept.clear();
    const fresh = trackReads({ shards: lazyShards() }, memo);
    expect(deps.map((dep) => fresh.digest(dep))).toEqual(digests);
    expect(read).toEqual(["people/shard-0.json"]);
  });
});
