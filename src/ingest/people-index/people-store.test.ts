import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readdir, rm, stat, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { peopleShardFileName } from "@/bundle/data-files";
import { BUNDLE_VERSION, type Article, type Issue, type PersonDetail } from "@/bundle/schema";
import { buildPeopleIndex } from "./build-people-index";
import { PeopleStore, type IssueSource, type PeopleUpdate } from "./people-store";
import { personShards } from "./person-shards";

/** Small shards, so that an archive of a few issues has many and a day touches a few of them. */
const TARGET = 2_000;
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "明华建国平军伟芳秀英德志文海";

/** A made-up issue: `n` decides its people (from a pool of names), `edit` changes its text. */
function issue(day: number, n: number, edit = ""): Issue {
  const name = (k: number) =>
    `${SURNAMES[k % SURNAMES.length]}${GIVEN[(k * 7) % GIVEN.length]}${GIVEN[(k * 3) % GIVEN.length]}`;
  const articles: Article[] = Array.from({ length: 4 }, (_, a) => {
    const people = Array.from({ length: 2 + ((n + a) % 4) }, (_, p) => ({
      name: name((n * 13 + a * 5 + p * 11) % 90),
      roles: p % 2 === 0 ? [`第${(n + p) % 3}区区长`] : [],
    }));
    return {
      id: `1-${a + 1}`,
      seq: a + 1,
      title: `标题${n}-${a}${edit}`,
      subtitles: [],
      byline: null,
      paragraphs: [`${people.map((p) => p.name).join("、")}出席会议${edit}。`],
      caption: null,
      people,
      sourceLines: [1, 2],
    };
  });
  return {
    type: "folio/issue",
    version: BUNDLE_VERSION,
    paper: { id: "rmrb", name: "人民日报", nameNote: null },
    date: `2001-05-${String(day).padStart(2, "0")}`,
    dateApproximate: false,
    dateNote: null,
    pages: [{ no: 1, name: null, articles, unassigned: [] }],
  };
}

const source = (day: number, n: number, edit = ""): IssueSource & { issue: Issue } => {
  const made = issue(day, n, edit);
  return { file: `issues/rmrb/${made.date}.${n}${edit.length}.json`, issue: made, load: async () => made };
};

let root = "";
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "folio-people-store-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** What the build does with an update: writes the shards it gives, removes those past the count, then commits. */
async function build(store: PeopleStore, sources: IssueSource[]): Promise<PeopleUpdate> {
  const made = await store.update(sources);
  for (const [n, people] of made.shards) {
    const path = join(root, "out", peopleShardFileName(n));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify({ type: "folio/people-shard", version: BUNDLE_VERSION, people }));
  }
  for (let n = made.shardCount; n < made.shardCount + 64; n++)
    await rm(join(root, "out", peopleShardFileName(n)), { force: true });
  await store.commit(null);
  return made;
}

/** The shards as the output holds them after the build. */
async function shardsOut(count: number): Promise<PersonDetail[][]> {
  const shards: PersonDetail[][] = [];
  for (let n = 0; n < count; n++)
    shards.push(
      (JSON.parse(await readFile(join(root, "out", peopleShardFileName(n)), "utf8")) as { people: PersonDetail[] })
        .people,
    );
  return shards;
}

async function expectFromScratch(made: PeopleUpdate, sources: (IssueSource & { issue: Issue })[]): Promise<void> {
  const scratch = buildPeopleIndex(sources.map((s) => s.issue));
  const everyone = (await made.index.everyone()).sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
  expect(everyone.map(({ sortKey: _sortKey, ...p }) => p)).toEqual(scratch.people);
  expect(made.peopleCount).toBe(scratch.people.length);
  const shards = personShards(scratch.details, TARGET);
  expect(made.shardCount).toBe(shards.length);
  expect(JSON.stringify(await shardsOut(made.shardCount))).toBe(JSON.stringify(shards));
}

describe("the people store", () => {
  it("after issues added, changed and removed, gives what a build from scratch gives, making again only what changed", async () => {
    const store = () => PeopleStore.open(join(root, "cache"), join(root, "out"), TARGET);
    let sources = [1, 2, 3, 4, 5, 6].map((d) => source(d, d));
    const first = await build(store(), sources);
    expect(first.stats).toMatchObject({ issuesRead: 6, reset: true });
    expect(first.shardCount).toBeGreaterThan(8);
    await expectFromScratch(first, sources);

    // Nothing changed: nothing read, nothing made, every shard kept.
    const same = await build(store(), sources);
    expect(same.stats).toEqual({ issuesRead: 0, namesMade: 0, reset: false });
    expect(same.kept.size).toBe(same.shardCount);

    // A day added, one changed (a new file), one removed.
    sources = [source(1, 1), source(2, 2), source(3, 3, "改"), source(4, 4), source(6, 6), source(7, 7)];
    const next = await build(store(), sources);
    expect(next.stats).toMatchObject({ issuesRead: 2, reset: false });
    expect(next.kept.size).toBeGreaterThan(0);
    await expectFromScratch(next, sources);
  });

  it("makes every shard again when the count doubles, and starts over when a shard was changed under it", async () => {
    const store = () => PeopleStore.open(join(root, "cache"), join(root, "out"), TARGET);
    let sources = [1, 2].map((d) => source(d, d));
    const small = await build(store(), sources);
    sources = Array.from({ length: 12 }, (_, i) => source(i + 1, i + 1));
    const grown = await build(store(), sources);
    expect(grown.shardCount).toBeGreaterThan(small.shardCount);
    expect(grown.stats).toMatchObject({ issuesRead: 10, reset: false });
    expect(grown.kept.size).toBe(0);
    await expectFromScratch(grown, sources);

    // A shard rewritten by hand: the state no longer matches the output, so everything is made again.
    await writeFile(join(root, "out", peopleShardFileName(0)), '{"people":[]}');
    const again = await build(store(), sources);
    expect(again.stats).toMatchObject({ issuesRead: 12, reset: true });
    await expectFromScratch(again, sources);
  });

  it("starts over cleanly from a store an older Folio left (one state file holding everyone)", async () => {
    const out = join(root, "out");
    const sources = [1, 2, 3].map((d) => source(d, d));
    await build(PeopleStore.open(join(root, "cache"), out, TARGET), sources);
    // What version 1 kept: everyone's summary in state.json, beside the same issue and name files.
    const dir = join(root, "cache", "people", createHash("sha256").update(out).digest("hex").slice(0, 16));
    const scratch = buildPeopleIndex(sources.map((s) => s.issue));
    const old = {
      version: 1,
      issues: sources.map((s) => s.file),
      people: scratch.people.map((p) => [p.name, { ...p, sortKey: p.pinyin }, 100]),
      shardCount: 1,
      shards: [[1, 1]],
    };
    await writeFile(join(dir, "state.json"), JSON.stringify(old));
    const made = await build(PeopleStore.open(join(root, "cache"), out, TARGET), sources);
    expect(made.stats).toMatchObject({ issuesRead: 3, reset: true });
    expect(made.index.record).toBeNull();
    await expectFromScratch(made, sources);
  });

  /** An issue of `month` (three months of an archive), named as the build names issue files. */
  const inMonth = (month: number, day: number, n: number) => ({
    ...source(day, n),
    file: `issues/rmrb/2001-0${month}-${String(day).padStart(2, "0")}.${n}.json`,
  });
  const storeDir = (out: string) =>
    join(root, "cache", "people", createHash("sha256").update(out).digest("hex").slice(0, 16));
  /** Every file of the store with its mtime and bytes. */
  async function stamped(dir: string): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
      if (e.isFile()) {
        const path = join(e.parentPath, e.name);
        found.set(path.slice(dir.length + 1), `${(await stat(path)).mtimeMs} ${await readFile(path, "utf8")}`);
      }
    return found;
  }

  it("keeps the issue files in month lists: adding a day writes its month's list only, and state.json names no issue", async () => {
    const out = join(root, "out");
    const store = () => PeopleStore.open(join(root, "cache"), out, TARGET);
    const archive = [3, 4, 5].flatMap((m) => [1, 2, 3].map((d) => inMonth(m, d, m * 10 + d)));
    await build(store(), archive);
    const dir = storeDir(out);
    const before = await stamped(dir);
    expect(await readFile(join(dir, "state.json"), "utf8")).not.toMatch(/\d{4}-\d{2}-\d{2}/u);

    const day = inMonth(4, 9, 49);
    const sources = [...archive.slice(0, 6), day, ...archive.slice(6)];
    const made = await build(store(), sources);
    expect(made.stats).toMatchObject({ issuesRead: 1, reset: false });
    await expectFromScratch(made, sources);
    const after = await stamped(dir);
    const lists = [...after.keys()].filter((p) => p.startsWith("issue-lists/") && before.get(p) !== after.get(p));
    expect(lists).toEqual(["issue-lists/issues~rmrb~2001-04.json"]);

    // A month's issue removed: its list alone is read and written again, and its people made again.
    const fewer = sources.filter((s) => s.file !== archive[0]!.file);
    const less = await build(store(), fewer);
    expect(less.stats).toMatchObject({ issuesRead: 0, reset: false });
    expect(less.stats.namesMade).toBeGreaterThan(0);
    await expectFromScratch(less, fewer);
  });

  it("reads a version 2 state (every issue file in state.json) as it is, and writes it as month lists", async () => {
    const out = join(root, "out");
    const store = () => PeopleStore.open(join(root, "cache"), out, TARGET);
    const archive = [3, 4].flatMap((m) => [1, 2].map((d) => inMonth(m, d, m * 10 + d)));
    await build(store(), archive);
    const dir = storeDir(out);
    const { months: _months, ...state } = JSON.parse(await readFile(join(dir, "state.json"), "utf8")) as {
      months: unknown;
    };
    await writeFile(
      join(dir, "state.json"),
      JSON.stringify({ ...state, version: 2, issues: archive.map((s) => s.file) }),
    );
    await rm(join(dir, "issue-lists"), { recursive: true, force: true });

    const sources = [...archive, inMonth(4, 7, 47)];
    const made = await build(store(), sources);
    // Nothing made again but the new day's people: the old state was read, not dropped.
    expect(made.stats).toMatchObject({ issuesRead: 1, reset: false });
    await expectFromScratch(made, sources);
    expect((await readdir(join(dir, "issue-lists"))).sort()).toEqual([
      "issues~rmrb~2001-03.json",
      "issues~rmrb~2001-04.json",
    ]);
    expect((await build(store(), sources)).stats).toEqual({ issuesRead: 0, namesMade: 0, reset: false });
  });

  it("adding a day rewrites the head and that month's file of each name it mentions, not the name's older months", async () => {
    const out = join(root, "out");
    const store = () => PeopleStore.open(join(root, "cache"), out, TARGET);
    const archive = [3, 4, 5].flatMap((m) => [1, 2, 3].map((d) => inMonth(m, d, m * 10 + d)));
    await build(store(), archive);
    const dir = storeDir(out);
    const before = await stamped(dir);

    const day = inMonth(5, 9, 31);
    const sources = [...archive, day];
    const made = await build(store(), sources);
    expect(made.stats).toMatchObject({ issuesRead: 1, reset: false });
    expect(made.stats.namesMade).toBeGreaterThan(0);
    await expectFromScratch(made, sources);
    const after = await stamped(dir);
    const rewritten = [...after].filter(([path, stamp]) => before.get(path) !== stamp);
    // No file written holds a contribution of an older month…
    for (const [path, stamp] of rewritten) expect(stamp, path).not.toMatch(/issues\/rmrb\/2001-0[34]-/u);
    // …though the day names people of those months (day 31 names who issue 31 of March named), whose files stay.
    const persons = rewritten.filter(([path]) => path.startsWith("persons/")).map(([path]) => path);
    expect(persons.length).toBeGreaterThan(0);
    for (const path of persons) expect(path).toMatch(/\/(?:head|issues~rmrb~2001-05)\.json$/u);
    const olderKept = persons
      .filter((path) => path.endsWith("head.json"))
      .map((path) => join(dirname(path), "issues~rmrb~2001-03.json"))
      .filter((path) => after.has(path));
    expect(olderKept.length).toBeGreaterThan(0);
    for (const path of olderKept) expect(after.get(path)).toBe(before.get(path));
  });

  it("splits a version 3 store's name files (every issue of a name in one file) into months, making nothing again", async () => {
    const out = join(root, "out");
    const store = () => PeopleStore.open(join(root, "cache"), out, TARGET);
    const archive = [3, 4].flatMap((m) => [1, 2].map((d) => inMonth(m, d, m * 10 + d)));
    await build(store(), archive);
    const dir = storeDir(out);
    // What version 3 kept: a file per name under names/, holding every issue's contribution.
    const persons = join(dir, "persons");
    let names = 0;
    for (const e of await readdir(persons, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || e.name !== "head.json") continue;
      const head = JSON.parse(await readFile(join(e.parentPath, e.name), "utf8")) as {
        name: string;
        chunks: [string, number][];
      };
      const entries: unknown[] = [];
      for (const [month] of head.chunks)
        entries.push(
          ...(JSON.parse(
            await readFile(join(e.parentPath, `${month.replaceAll("/", "~")}.json`), "utf8"),
          ) as unknown[]),
        );
      const h = createHash("sha256").update(head.name).digest("hex");
      const path = join(dir, "names", h.slice(0, 2), `${h.slice(2, 24)}.json`);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify({ name: head.name, entries }));
      names++;
    }
    expect(names).toBeGreaterThan(10);
    await rm(persons, { recursive: true, force: true });
    const state = JSON.parse(await readFile(join(dir, "state.json"), "utf8")) as object;
    await writeFile(join(dir, "state.json"), JSON.stringify({ ...state, version: 3 }));

    const sources = [...archive, inMonth(4, 7, 47)];
    const made = await build(store(), sources);
    expect(made.stats).toMatchObject({ issuesRead: 1, reset: false });
    await expectFromScratch(made, sources);
    await expect(stat(join(dir, "names"))).rejects.toThrow();
    expect((await build(store(), sources)).stats).toEqual({ issuesRead: 0, namesMade: 0, reset: false });
    // A day removed after the conversion: the converted months are read and cut like any others.
    const fewer = sources.filter((s) => s.file !== archive[0]!.file);
    await expectFromScratch(await build(store(), fewer), fewer);
  });
});
