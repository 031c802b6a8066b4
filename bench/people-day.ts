/**
 * `npm run bench:people -- --years N` (default 20): the people stage (`writePeople`: the people
 * store, the shards, the index files) adding one day's issue to an archive of N years, on made-up
 * issues shaped like a daily's people, not real ones (building twenty years of real content takes
 * hours on this machine): each day 40 articles (`--articles`) naming 5 people each, 31 of the day's
 * mentions new to the archive (the PFR month's 8,400 names grown to 20 years by Heaps' law give about
 * 225,000 people), the others people already named, the most often those named first (a quarter of
 * the mentions go to the 300 first named: the people in the news every day). First the people of
 * every day but the last are built from scratch into `.cache/bench-people/` (the store and the
 * output), then the last day is added and timed, with the bytes the process read and wrote
 * (`/proc/self/io`) and the files written; with the process's CPU time beside the wall time, which
 * on a shared machine says more. Then what a reader downloads of the result: the 人物 page's index
 * file, what the filter fetches for a few typed texts (the app's `findPeople`), and the largest
 * people file of each kind (gzip -9; files of the build from scratch that the day replaced are still
 * in the folder). Printed, never asserted.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { QueryClient } from "@tanstack/react-query";
import { loadavg } from "node:os";
import { join } from "node:path";
import { BUNDLE_VERSION, type Article, type Issue } from "@/bundle/schema";
import { restorePeopleIndex } from "@/bundle/restore";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { findPeople } from "@/app/features/people/api/filter-people";
import { ChangedWriter } from "@/ingest/cache/write-changed";
import { PeopleStore, type IssueSource } from "@/ingest/people-index/people-store";
import { writePeople, type BuildReport } from "@/ingest/write-bundle";
import { madeUpName } from "../scripts/made-up-names";

const arg = (flag: string, fallback: number) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const YEARS = arg("--years", 20);
const DAYS = Math.round(YEARS * 365);
const ARTICLES = arg("--articles", 40);
const NAMES = 5;
const NEW_A_DAY = 31;
const REGULARS = 300;

let seed = 12_345;
const random = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
let named = 0;
function issue(d: number): Issue {
  const date = new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
  const ids: number[] = [];
  for (let k = 0; k < NEW_A_DAY; k++) ids.push(named++);
  while (ids.length < ARTICLES * NAMES)
    ids.push(random() < 0.25 ? Math.floor(random() * Math.min(REGULARS, named)) : Math.floor(random() * named));
  const articles: Article[] = Array.from({ length: ARTICLES }, (_, a) => {
    const people = ids.slice(a * NAMES, a * NAMES + NAMES).map((k, p) => ({
      name: madeUpName(k),
      roles: p % 3 === 0 ? [`第${k % 7}区区长`] : [],
    }));
    return {
      id: `1-${a + 1}`,
      seq: a + 1,
      title: `会议${d}-${a}`,
      subtitles: [],
      byline: null,
      paragraphs: [`${people.map((p) => p.name).join("、")}出席会议。`],
      caption: null,
      people,
      sourceLines: [1, 2],
    };
  });
  return {
    type: "folio/issue",
    version: BUNDLE_VERSION,
    paper: { id: "syn", name: "人民日报", nameNote: null },
    date,
    dateApproximate: false,
    dateNote: null,
    pages: [{ no: 1, name: null, articles, unassigned: [] }],
  };
}

const issues = Array.from({ length: DAYS }, (_, d) => issue(d));
const sources: IssueSource[] = issues.map((made) => ({ file: `issues/syn/${made.date}.json`, load: async () => made }));
const dir = join(process.cwd(), ".cache", "bench-people");
rmSync(dir, { recursive: true, force: true });
const out = join(dir, "data");
const store = () => PeopleStore.open(join(dir, "cache"), out);
const io = () => {
  const fields = Object.fromEntries(
    readFileSync("/proc/self/io", "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(": ") as [string, string]),
  );
  return { read: Number(fields.rchar), written: Number(fields.wchar) };
};
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

async function stage(label: string, upTo: number): Promise<void> {
  const report: BuildReport = { issues: 0, articles: 0, bytes: 0, warnings: [] };
  const writer = new ChangedWriter(out);
  const [before, start, cpu] = [io(), performance.now(), process.cpuUsage()];
  await writePeople(writer, sources.slice(0, upTo), report, store());
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const after = io();
  const mb = (n: number) => (n / 1e6).toFixed(1);
  console.log(
    `${label}: ${(ms / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s), read ${mb(after.read - before.read)} MB, wrote ${mb(after.written - before.written)} MB, ` +
      `${writer.written} files written; ${JSON.stringify(report.people)} (load ${load()})`,
  );
}

console.log(`${DAYS} days, ${named} people, ${DAYS * ARTICLES} articles (load ${load()})`);
await stage("full build of all days but the last", DAYS - 1);
await stage("add the last day", DAYS);
await stage("nothing changed", DAYS);

// What a reader downloads on the 人物 page of this archive: the index file (the view's own people
// data; the manifest is beside it in every view), then for a few typed texts what the filter
// fetches (`findPeople`, the app's own code, with `fetch` answering from the output), gzip -9.
const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const indexFile = readdirSync(join(out, "people")).find((f) => /^index\.[0-9a-f]+\.json$/u.test(f))!;
const index = restorePeopleIndex(JSON.parse(readFileSync(join(out, "people", indexFile), "utf8")));
console.log(`people index view: people/${indexFile} ${kB(gz(`people/${indexFile}`))} gzip`);
if (index.filter !== undefined) {
  const prefix = bundleUrl("");
  for (const text of ["w", "wang", "王", "wangwei", "王伟", "lsy", "zhangjm", "述毅"]) {
    const fetched: string[] = [];
    globalThis.fetch = async (input: string | URL | Request) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.pathname : input.url;
      const file = url.slice(prefix.length);
      fetched.push(file);
      return new Response(readFileSync(join(out, file)), { headers: { "content-type": "application/json" } });
    };
    const found = await findPeople(new QueryClient(), index.filter, text);
    const sizes = fetched.map((file) => ({ file, gzip: gz(file) }));
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(
      `  typing "${text}": ${kB(sizes.reduce((n, s) => n + s.gzip, 0))} in ${sizes.length} files, largest ${largest.file} ${kB(largest.gzip)} → ${found.people.length}${found.complete ? "" : "+"} people`,
    );
  }
}
for (const kind of ["filter", "keys", "letter", "index"]) {
  const files = readdirSync(join(out, "people")).filter((f) => f.startsWith(`${kind}.`) || f.startsWith(`${kind}-`));
  let largest = { file: "", raw: 0, gzip: 0 };
  for (const f of files) {
    const raw = statSync(join(out, "people", f)).size;
    const gzip = gz(`people/${f}`);
    if (gzip > largest.gzip) largest = { file: f, raw, gzip };
  }
  console.log(
    `  people/${kind}*: ${files.length} files, largest ${largest.file} ${kB(largest.raw)} raw, ${kB(largest.gzip)} gzip`,
  );
}
console.log(`(load ${load()})`);
