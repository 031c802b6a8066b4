import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GroupIndex, groupOf, grouping, updatePages, type PageTarget } from "./page-groups";
import { PageStore } from "./page-state";

const root = await mkdtemp(join(tmpdir(), "folio-page-groups-"));
afterAll(() => rm(root, { recursive: true, force: true }));

const DAYS = ["2001-05-30", "2001-05-31", "2001-06-01", "2001-06-02"];
const PEOPLE = Array.from({ length: 30 }, (_, i) => `王${i}`);

/** The pages of a small archive: each day's issue, page and articles, the people, the calendar. */
function targetsOf(days: readonly string[]): PageTarget[] {
  const paths = ["/", "/rmrb/", "/rmrb/2001/", "/people/"];
  for (const day of days) for (const at of ["", "1/", "1/1/", "1/2/", "2/"]) paths.push(`/rmrb/${day}/${at}`);
  for (const name of PEOPLE) paths.push(`/people/${encodeURIComponent(name)}/`);
  return paths.map((path) => ({ path, file: `${decodeURIComponent(path)}index.html`, status: 200 }));
}

/**
 * What each page reads, as the prerender records it: a day's pages their issue, their place in the
 * year file and the day after's (the next link), and the paper's name in the manifest; a person's
 * page their own entry; the calendar and people index the manifest's latest issue and the year.
 */
function depsOf(path: string): string[] {
  const day = /^\/rmrb\/(\d{4}-\d{2}-\d{2})\//u.exec(path)?.[1];
  if (day !== undefined) {
    const i = DAYS.indexOf(day);
    return [`issues/${day}`, `year#${i}`, `year#${i + 1}`, "manifest#name"];
  }
  if (path.startsWith("/people/") && path !== "/people/") return [`shard#${decodeURIComponent(path.slice(8, -1))}`];
  return ["manifest#name", "manifest#latest", "year#*"];
}

/** The data values of an archive of `days` (their digests), with `edit` marking values changed. */
function dataOf(days: readonly string[], edit: readonly string[] = []): Map<string, string> {
  const values = new Map<string, string>([
    ["manifest#name", "人民日报"],
    ["manifest#latest", days.at(-1)!],
    ["year#*", days.join()],
  ]);
  for (const day of days) {
    const i = DAYS.indexOf(day);
    values.set(`issues/${day}`, `issue ${day}`);
    values.set(`year#${i}`, day);
  }
  for (let i = 0; i <= DAYS.length; i++) if (!values.has(`year#${i}`)) values.set(`year#${i}`, "none");
  for (const name of PEOPLE) values.set(`shard#${name}`, `mentions of ${name}`);
  for (const id of edit) values.set(id, `${values.get(id)} (edited)`);
  return values;
}

/** One prerender over the data: what it rendered, looked at and removed, with the state it kept. */
async function prerender(dir: string, days: readonly string[], data: Map<string, string>, stamp = "vite 1") {
  const store = await PageStore.open(join(dir, "pages"));
  const groups = await GroupIndex.open(join(dir, "groups"), stamp);
  const seen = { digests: 0, files: 0, intact: 0, rendered: [] as string[], removed: [] as string[] };
  const result = await updatePages({
    targets: targetsOf(days),
    appKey: "app",
    digest: (id) => {
      seen.digests++;
      return data.get(id);
    },
    // A file's digest: all its values (a file is what comes before `#` in a value's id).
    fileDigest: (file) => {
      seen.files++;
      const values = [...data].filter(([id]) => id === file || id.startsWith(`${file}#`));
      return values.length === 0 ? undefined : JSON.stringify(values.sort());
    },
    store,
    groups,
    intact: () => {
      seen.intact++;
      return true;
    },
    render: async (target) => {
      seen.rendered.push(target.path);
      const deps = depsOf(target.path);
      return {
        html: `${target.path}: ${deps.map((d) => data.get(d)).join()}`,
        deps,
        card: {
          name: `${target.path}.png`,
          card: { paperName: "", date: "", section: "", headlines: [], standfirst: "" },
        },
      };
    },
    write: async () => true,
    remove: async (file) => void seen.removed.push(file),
  });
  await store.save();
  await groups.save();
  return { ...seen, result, pagesRead: store.stats.read };
}

describe("the prerender's check by groups of pages", () => {
  it("puts a day's pages in one group, a person's in their bucket, the rest in one", () => {
    expect(groupOf("/rmrb/2001-05-31/1/2/index.html")).toBe("rmrb/2001-05-31");
    expect(groupOf("/rmrb/2001-05-31/index.html")).toBe("rmrb/2001-05-31");
    expect(groupOf("/people/王0/index.html")).toMatch(/^people-\d{4}$/u);
    expect(groupOf("/rmrb/2001-05/index.html")).toBe("other");
    expect(groupOf("/people/index.html")).toBe("other");
  });

  it("with nothing changed, looks at no page: no page record read, no page file checked", async () => {
    const dir = join(root, "same");
    const data = dataOf(DAYS);
    const first = await prerender(dir, DAYS, data);
    expect(first.rendered).toHaveLength(targetsOf(DAYS).length);
    const again = await prerender(dir, DAYS, data);
    expect(again.rendered).toEqual([]);
    expect(again.intact).toBe(0);
    expect(again.pagesRead).toBe(0);
    expect(again.result.kept).toBe(targetsOf(DAYS).length);
    // No value's digest made again: each group looked at the files its pages read, each once.
    expect(again.digests).toBe(0);
    const perGroup = new Map<string, Set<string>>();
    for (const t of targetsOf(DAYS)) {
      const files = perGroup.get(groupOf(t.file)) ?? new Set();
      for (const d of depsOf(t.path)) files.add(d.split("#")[0]!);
      perGroup.set(groupOf(t.file), files);
    }
    const groupFiles = [...perGroup.values()].reduce((n, files) => n + files.size, 0);
    const pageDeps = targetsOf(DAYS).reduce((n, t) => n + depsOf(t.path).length, 0);
    expect(again.files).toBe(groupFiles);
    expect(again.files).toBeLessThan(pageDeps / 2);
    // Every page still names its preview card.
    expect(again.result.cards.size).toBe(targetsOf(DAYS).length);
  });

  it("renders again only the pages that read a changed value: one day's issue, the manifest's latest issue", async () => {
    const dir = join(root, "edit");
    await prerender(dir, DAYS, dataOf(DAYS));
    const edited = await prerender(dir, DAYS, dataOf(DAYS, ["issues/2001-05-31", "manifest#latest"]));
    const expected = targetsOf(DAYS)
      .map((t) => t.path)
      .filter((path) => depsOf(path).some((d) => d === "issues/2001-05-31" || d === "manifest#latest"));
    expect(edited.rendered.sort()).toEqual(expected.sort());
    expect(expected).toContain("/rmrb/2001-05-31/1/2/");
    expect(expected).toContain("/");
    // The groups that read the manifest's name only (not its latest issue) were not checked page by page.
    // Only the shares of the groups that changed were read: May's and the other pages'.
    expect(edited.pagesRead).toBe(2);
    expect(edited.result.groups.checked).toBe(2);
  });

  it("adds a day: its pages, the day before's (its next link) and the calendar; removes a day's pages", async () => {
    const dir = join(root, "add");
    const before = DAYS.slice(0, 3);
    await prerender(dir, before, dataOf(before));
    const added = await prerender(dir, DAYS, dataOf(DAYS));
    const rendered = new Set(added.rendered.map((p) => p.replace(/^\/rmrb\/(\d{4}-\d{2}-\d{2})\/.*$/u, "$1")));
    expect(rendered).toEqual(new Set(["2001-06-02", "2001-06-01", "/", "/rmrb/", "/rmrb/2001/", "/people/"]));

    const removed = await prerender(dir, [DAYS[0]!, ...DAYS.slice(2)], dataOf([DAYS[0]!, ...DAYS.slice(2)]));
    expect(removed.removed.sort()).toEqual(
      targetsOf(["2001-05-31"])
        .map((t) => t.file)
        .filter((f) => f.startsWith("/rmrb/2001-05-31/"))
        .sort(),
    );
    expect(removed.result.groups.removed).toBe(1);
    // What it kept is what a prerender from scratch keeps.
    const scratch = join(root, "scratch");
    await prerender(scratch, [DAYS[0]!, ...DAYS.slice(2)], dataOf([DAYS[0]!, ...DAYS.slice(2)]));
    const kept = await PageStore.open(join(dir, "pages"));
    const fresh = await PageStore.open(join(scratch, "pages"));
    for (const share of new Set([...kept.shares(), ...fresh.shares()]))
      expect(Object.fromEntries(kept.pages(share)), share).toEqual(Object.fromEntries(fresh.pages(share)));
  });

  it("after a new vite build (dist/ made anew) checks every page's file again", async () => {
    const dir = join(root, "vite");
    const data = dataOf(DAYS);
    await prerender(dir, DAYS, data);
    const rebuilt = await prerender(dir, DAYS, data, "vite 2");
    expect(rebuilt.intact).toBe(targetsOf(DAYS).length);
    expect(rebuilt.rendered).toEqual([]);
    expect((await prerender(dir, DAYS, data, "vite 2")).intact).toBe(0);
  });
});

describe("person pages checked by their people shard", () => {
  it("keeps a person's page when they move to another shard, and moves its record", async () => {
    const dir = join(root, "moved");
    const people = (shardOf: (name: string) => string) =>
      new Map(PEOPLE.map((name) => [`/people/${name}/index.html`, `people/shard-${shardOf(name)}.json`]));
    const targets = targetsOf(DAYS);
    const once = async (shards: Map<string, string>, data: Map<string, string>) => {
      const pageGroups = grouping(shards);
      const store = await PageStore.open(join(dir, "pages"), { shareOf: pageGroups.shareOf });
      const groups = await GroupIndex.open(join(dir, "groups"), "vite 1");
      const rendered: string[] = [];
      const removed: string[] = [];
      const result = await updatePages({
        targets,
        appKey: "app",
        digest: (id) => data.get(id),
        fileDigest: (file) => {
          // A shard's digest: the values of the people listed in it.
          const names = [...shards].filter(([, shard]) => shard.endsWith(`${file}.json`)).map(([page]) => page);
          const values = [...data].filter(([id]) => id === file || id.startsWith(`${file}#`));
          return file === "shard" ? JSON.stringify(names) : JSON.stringify(values);
        },
        store,
        groups,
        grouping: pageGroups,
        intact: () => true,
        render: async (target) => (rendered.push(target.path), { html: target.path, deps: depsOf(target.path) }),
        write: async () => true,
        remove: async (file) => void removed.push(file),
      });
      await store.save();
      await groups.save();
      return { rendered, removed, result, store };
    };
    const data = dataOf(DAYS);
    await once(
      people((name) => (Number(name.slice(1)) < 15 ? "0" : "1")),
      data,
    );
    // 王3 moves from shard 0 to shard 1: both shards' groups change, 王3's page is rendered again, not removed.
    const moved = await once(
      people((name) => (Number(name.slice(1)) < 15 && name !== "王3" ? "0" : "1")),
      data,
    );
    expect(moved.removed).toEqual([]);
    expect(moved.rendered).toEqual(["/people/%E7%8E%8B3/"]);
    expect(moved.store.pages("people-shard-0").has("/people/王3/index.html")).toBe(false);
    expect(moved.store.pages("people-shard-1").has("/people/王3/index.html")).toBe(true);
    expect(grouping().groupOf("/people/王3/index.html")).toMatch(/^people-\d{4}$/u);
  });
});

describe("a prerender stopped before it saved", () => {
  it("keeps no group the next time: every page is checked and its file looked at", async () => {
    const dir = join(root, "stopped");
    const data = dataOf(DAYS);
    await prerender(dir, DAYS, data);
    // A prerender opens the groups (and would write pages), then stops before saving.
    await GroupIndex.open(join(dir, "groups"), "vite 1");
    const next = await prerender(dir, DAYS, data);
    expect(next.intact).toBe(targetsOf(DAYS).length);
    expect(next.rendered).toEqual([]);
    expect((await prerender(dir, DAYS, data)).intact).toBe(0);
  });
});
