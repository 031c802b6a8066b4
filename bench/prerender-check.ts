/**
 * `npm run bench:prerender-check -- --years 1,5,20 [--old 1,5]`: what the prerender's incremental
 * check costs on a large archive, without rendering one: a synthetic archive of N years of one
 * paper (365 issues a year, 12 pages of 8 articles each: 109 pages an issue; 11,500 people a year,
 * so 230,000 at twenty years; the calendar and people index), its page state and group index
 * written as a first prerender writes them (`scripts/prerender/page-groups.ts`), the pages'
 * dependencies recorded by the real read tracking (`track-reads.ts`) over a bundle of the real
 * shape (a manifest and year files read value by value, content-hashed issue and page text files,
 * people shards; person pages grouped by shard). Then, each in a fresh state as a new process has it (files read again, no digest
 * memo): the check with nothing changed, and with one day added (its pages rendered by a stand-in
 * that only records what they read). `--old` also times the check of earlier versions (every page's
 * record read, its key made again and its file looked at) for those sizes. Prints CPU and wall time
 * and the load; never asserted. Works under `.cache/bench-prerender-check/` (removed at the end).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { inputKey, outputIntact, type PageRecord } from "../scripts/prerender/incremental";
import { GroupIndex, grouping, updatePages, type PageTarget } from "../scripts/prerender/page-groups";
import { PageStore, readState } from "../scripts/prerender/page-state";
import { trackReads } from "../scripts/prerender/track-reads";

const { values } = parseArgs({
  options: { years: { type: "string", default: "1,5,20" }, old: { type: "string", default: "1,5" } },
});
const sizes = values.years.split(",").map(Number);
const oldSizes = new Set(values.old.split(",").map(Number));
const WORK = resolve(".cache/bench-prerender-check");
const PAGES = 12;
const ARTICLES = 8;
const PEOPLE_A_YEAR = 11_500;
const SHARD_PEOPLE = 200;
const LAST_YEAR = 2026;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const hex = (s: string) => inputKey([s]).slice(0, 12);

/** The bundle of an archive of `years` years (one more day than `days` when `extra`). */
function archive(years: number, extra: boolean) {
  const dates: string[] = [];
  const start = Date.UTC(LAST_YEAR - years + 1, 0, 1);
  for (let i = 0; i < years * 365 - 1 + (extra ? 1 : 0); i++) dates.push(iso(new Date(start + i * 86_400_000)));
  const years_ = new Map<string, { type: "folio/year"; year: number; issues: { date: string; file: string }[] }>();
  const issues = new Map<string, object>();
  const pageTexts = new Map<string, object>();
  for (const date of dates) {
    const file = `archive/rmrb/${date.slice(0, 4)}.json`;
    const year = years_.get(file) ?? { type: "folio/year" as const, year: Number(date.slice(0, 4)), issues: [] };
    const issueFile = `issues/rmrb/${date}.${hex(date)}.json`;
    year.issues.push({ date, file: issueFile });
    years_.set(file, year);
    issues.set(issueFile, { type: "folio/issue", date, pages: [] });
    for (let p = 1; p <= PAGES; p++)
      pageTexts.set(`issues/rmrb/${date}/${p}.${hex(`${date}/${p}`)}.json`, { type: "folio/page-text" });
  }
  const people = years * PEOPLE_A_YEAR;
  type Mention = { date: string; page: number; seq: number; title: string };
  const shards = new Map<string, { type: "folio/people-shard"; people: { name: string; mentions: Mention[] }[] }>();
  for (let i = 0; i < people; i++) {
    const file = `people/shard-${Math.floor(i / SHARD_PEOPLE)}.json`;
    const shard = shards.get(file) ?? { type: "folio/people-shard" as const, people: [] };
    const mentions = Array.from({ length: 1 + (i % 5) }, (_, m) => ({
      date: dates[(i * 7 + m) % (years * 365 - 1)]!,
      page: 1 + (m % PAGES),
      seq: 1 + (m % ARTICLES),
      title: `标题${m}`,
    }));
    shard.people.push({ name: `人${i}`, mentions });
    shards.set(file, shard);
  }
  // The day added names 150 people already in the archive (a mention more each): their shards are rewritten.
  const shardVersions = new Map([...shards.keys()].map((file) => [file, "1"]));
  if (extra)
    for (let n = 0; n < 150; n++) {
      const i = Math.floor((n * people) / 150);
      const file = `people/shard-${Math.floor(i / SHARD_PEOPLE)}.json`;
      shards.get(file)!.people[i % SHARD_PEOPLE]!.mentions.push({ date: dates.at(-1)!, page: 1, seq: 1, title: "新" });
      shardVersions.set(file, "2");
    }
  const manifest = {
    type: "folio/manifest",
    papers: [
      { id: "rmrb", name: "人民日报", latest: dates.at(-1), years: [...years_.keys()].map((file) => ({ file })) },
    ],
  };
  return { bundle: { manifest, years: years_, issues, pageTexts, shards }, dates, people, shardVersions };
}

type Archive = ReturnType<typeof archive>;

/** Every page of the archive, as the route table lists them. */
function targetsOf({ dates, people, bundle }: Archive): PageTarget[] {
  const paths = ["/", "/archive/", "/rmrb/", "/people/", "/search/"];
  for (const file of bundle.years.keys()) paths.push(`/rmrb/${file.slice(13, 17)}/`);
  for (const date of dates) {
    if (date.endsWith("-01")) paths.push(`/rmrb/${date.slice(0, 7)}/`);
    paths.push(`/rmrb/${date}/`);
    for (let p = 1; p <= PAGES; p++) {
      paths.push(`/rmrb/${date}/${p}/`);
      for (let a = 1; a <= ARTICLES; a++) paths.push(`/rmrb/${date}/${p}/${a}/`);
    }
  }
  for (let i = 0; i < people; i++) paths.push(`/people/人${i}/`);
  return paths.map((path) => ({ path, file: `${path}index.html`, status: 200 }));
}

/**
 * What a page's render reads, recorded by the real tracking: a day's page its paper in the
 * manifest, its place in the year file and its neighbours (previous and next links), its issue and
 * its page's text; a person's page their entry in the shard; the calendar and index pages the
 * manifest and the year files. Pages that read the same things share one recording.
 */
function reader(a: Archive) {
  // As the prerender's shard memo (`shard-memo.ts`): a shard's stamp from a `stat` (its size and mtime, here a version).
  const tracked = trackReads(a.bundle, {
    digest: () => undefined,
    noteDigest: () => {},
    stamp: (file) => (statSync(PAGE_FILE), a.shardVersions.get(file)),
  });
  const b = tracked.bundle;
  const memo = new Map<string, string[]>();
  const record = (key: string, read: () => void) => {
    let deps = memo.get(key);
    if (deps === undefined) {
      tracked.log.current = new Set();
      read();
      memo.set(key, (deps = tracked.compact(tracked.log.current)));
    }
    return deps;
  };
  const depsOf = (path: string): string[] => {
    const day = /^\/rmrb\/(\d{4}-\d{2}-\d{2})\/(?:(\d+)\/)?/u.exec(path);
    if (day !== null) {
      const [, date, page] = day;
      return record(`${date}/${page ?? ""}`, () => {
        const paper = b.manifest.papers[0]!;
        void paper.id;
        void paper.name;
        const year = b.years.get(`archive/rmrb/${date!.slice(0, 4)}.json`)!;
        const k = year.issues.findIndex((i) => i.date === date);
        const entry = year.issues[k]!;
        void year.issues[k - 1]?.date;
        void year.issues[k + 1]?.date;
        void (b.issues.get(entry.file) as { pages: unknown }).pages;
        if (page !== undefined) void b.pageTexts.get(`issues/rmrb/${date}/${page}.${hex(`${date}/${page}`)}.json`);
      });
    }
    const person = /^\/people\/人(\d+)\/$/u.exec(path);
    if (person !== null) {
      const i = Number(person[1]);
      return record(path, () => {
        const shard = b.shards.get(`people/shard-${Math.floor(i / SHARD_PEOPLE)}.json`)!;
        const paper = b.manifest.papers[0]!;
        void paper.id;
        void paper.name;
        const entry = shard.people[i % SHARD_PEOPLE]!;
        void entry.name;
        for (const m of entry.mentions) void [m.date, m.page, m.seq, m.title];
      });
    }
    return record(path, () => {
      const paper = b.manifest.papers[0]!;
      void paper.latest;
      for (const y of paper.years) void b.years.get(y.file)!.issues.length;
    });
  };
  return { tracked, depsOf };
}

/** A page file to stand for every page in `dist/` (its size is every record's). */
const PAGE_FILE = join(WORK, "page.html");
const HTML = "<!doctype html><p>page</p>";

async function run(a: Archive, dir: string, stamp: string, fresh: boolean) {
  const { tracked, depsOf } = reader(a);
  // Person pages grouped by their shard, as the prerender does.
  const personShards = new Map<string, string>();
  for (const [file, shard] of a.bundle.shards)
    for (const p of shard.people) personShards.set(`/people/${p.name}/index.html`, file);
  const pageGroups = grouping(personShards);
  const store = await PageStore.open(join(dir, "pages"), { fresh, shareOf: pageGroups.shareOf });
  const groups = await GroupIndex.open(join(dir, "groups"), stamp, fresh);
  const listing = process.cpuUsage();
  const targets = targetsOf(a);
  const listed = process.cpuUsage(listing);
  const result = await updatePages({
    targets,
    appKey: "app",
    digest: (id) => tracked.digest(id),
    fileDigest: (file) => tracked.fileDigest(file),
    store,
    groups,
    grouping: pageGroups,
    intact: (_file, record) => outputIntact(PAGE_FILE, record),
    write: async () => true,
    remove: async () => {},
    render: async (target) => ({ html: HTML, deps: depsOf(target.path) }),
  });
  await store.save();
  await groups.save();
  return { result, store, groups, targets: targets.length, listCpu: (listed.user + listed.system) / 1000 };
}

/** CPU and wall time of `work`. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; cpu: number; wall: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
}

const appKeyOld = "app";
const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

console.log(`bench:prerender-check: ${availableParallelism()} cores, load ${load()}`);
for (const years of sizes) {
  const dir = join(WORK, `${years}y`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(PAGE_FILE, HTML);
  const base = archive(years, false);
  const first = await timed(() => run(base, dir, "vite 1", true));
  console.log(
    `${years} y: ${first.value.targets} pages, ${first.value.result.groups.checked} groups; first prerender (stand-in renders) ${ms(first.cpu)} CPU`,
  );
  const unchangedArchive = archive(years, false);
  const same = await timed(() => run(unchangedArchive, dir, "vite 1", false));
  const s = same.value;
  const groupBytes = readdirSync(join(dir, "groups")).reduce((n, f) => n + statSync(join(dir, "groups", f)).size, 0);
  console.log(
    `  nothing changed: ${ms(same.cpu)} CPU (listing the pages ${ms(s.listCpu)}), ${ms(same.wall)} wall (load ${load()}); ${s.result.groups.kept} groups kept, ` +
      `${s.result.groups.checked} checked, ${s.result.rendered} rendered, ${s.store.stats.read} page state files and ${s.groups.stats.read} group files read (${(groupBytes / 1e6).toFixed(1)} MB)`,
  );
  if (oldSizes.has(years)) {
    // Earlier versions: every share read, every page's key made again from its dependencies, its file looked at.
    const a = archive(years, false);
    const old = await timed(async () => {
      const { tracked } = reader(a);
      const state = await readState(join(dir, "pages"));
      let kept = 0;
      for (const target of targetsOf(a)) {
        const last: PageRecord | undefined = state.pages[target.file];
        if (last === undefined) continue;
        const digests = last.deps.map((id) => tracked.digest(id));
        if (digests.some((x) => x === undefined)) continue;
        const key = inputKey([
          appKeyOld,
          target.path,
          String(target.status),
          ...last.deps.flatMap((id, i) => [id, digests[i]!]),
        ]);
        if (key === last.key && statSync(PAGE_FILE).size === last.size) kept++;
      }
      return kept;
    });
    console.log(
      `  earlier versions' check, nothing changed: ${ms(old.cpu)} CPU, ${ms(old.wall)} wall (load ${load()}); ${old.value} pages checked and kept`,
    );
  }
  const withDay = archive(years, true);
  const added = await timed(() => run(withDay, dir, "vite 1", false));
  const d = added.value;
  console.log(
    `  one day added:   ${ms(added.cpu)} CPU (listing the pages ${ms(d.listCpu)}), ${ms(added.wall)} wall (load ${load()}); ${d.result.groups.kept} groups kept, ` +
      `${d.result.groups.checked} checked, ${d.result.rendered} rendered, ${d.store.stats.read} page state files read, ${d.store.stats.written + d.groups.stats.written} state files written`,
  );
}
rmSync(WORK, { recursive: true, force: true });
