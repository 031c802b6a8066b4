/**
 * `npm run check:incremental`: the whole pipeline (import, build, build:app) gives the same site
 * incrementally as from scratch, byte for byte (pages, data, gzip copies), after a day is added,
 * one changed and one removed; a second run with nothing changed writes no file; and adding one more
 * day changes only the files that must change (`daysFiles`), with the app's code untouched and no
 * page of another day rendered again. A script, not a unit test: it runs vite and the prerender
 * four times (a few minutes). Uses its own content (days made from the PFR sample) and replaces
 * this checkout's `public/data/` and `dist/`. Exit code 1 with the differing files when it fails.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { redatedCorpus } from "../src/ingest/pfr/redated-corpus";
import type { IssueFile } from "../src/bundle/schema";

const WORK = resolve(".cache/check-incremental");
const env = { ...process.env, SOURCE_DATE_EPOCH: "1700000000" };
const sample = readFileSync("fixtures/pfr/sample.txt", "utf8");
function corpus(days: readonly number[], edited: ReadonlySet<number> = new Set()): string {
  return redatedCorpus(sample, days, edited);
}

function run(args: readonly string[]): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

function publish(text: string, app: readonly string[] = []): void {
  const file = join(WORK, "pfr.txt");
  writeFileSync(file, text);
  run(["src/ingest/cli.ts", "import", "pfr", file, "--out", join(WORK, "content")]);
  run(["src/ingest/cli.ts", "build", "--content", "content", "--content", join(WORK, "content")]);
  run(["scripts/build-app.ts", ...app]);
}

/**
 * Why a file may change when one day (`date`, the paper's newest, after `previous`) is added: the
 * day's own pages and articles; the day before's pages (their "next issue" link); the calendar
 * (archive, the paper's page, the year, the month); the people index and the pages of the people
 * named that day; the data files the new issue changes (its file and its pages' text files, its year's file, the manifest,
 * the people and search files; the search page, which names the search index); what lists every issue or page (feeds, sitemaps, the service worker,
 * which precaches the manifest); the new pages' preview cards; and the gzip copies of those. `null` when nothing explains it.
 */
function dayFileReason(
  path: string,
  paper: string,
  date: string,
  previous: string,
  people: ReadonlySet<string>,
  isNew: boolean,
) {
  const file = path.replace(/\.gz$/u, "");
  // Preview cards are named by their content: the new day's pages' cards are new files, none is rewritten.
  if (file.startsWith("og/")) return isNew ? "the new pages' preview cards" : null;
  const page = file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : null;
  if (page === null) {
    if (file.startsWith("data/issues/"))
      // The issue file and its pages' text files (`<date>/<page>.<hash>.json`).
      return file.startsWith(`data/issues/${paper}/${date}.`) || file.startsWith(`data/issues/${paper}/${date}/`)
        ? "the new issue"
        : null;
    if (file === `data/archive/${paper}/${date.slice(0, 4)}.json`) return "its year file";
    if (file === "data/manifest.json") return "the manifest";
    if (file.startsWith("data/people/") || file.startsWith("data/search/")) return "people and search files";
    if (file.startsWith("feeds/") || file.startsWith("sitemap") || file === "sw.js")
      return "feeds, sitemaps, service worker";
    return null;
  }
  if (page.startsWith(`/${paper}/${date}/`)) return "the new day's pages";
  if (page.startsWith(`/${paper}/${previous}/`)) return "the day before (its next link)";
  const calendar = ["/archive/", `/${paper}/`, `/${paper}/${date.slice(0, 4)}/`, `/${paper}/${date.slice(0, 7)}/`];
  if (calendar.includes(page)) return "the calendar";
  if (page === "/people/" || page.startsWith("/people/letter/")) return "the people index";
  // It names the search index's entry, which every new issue renames.
  if (page === "/search/") return "the search page";
  const person = /^\/people\/([^/]+)\/$/u.exec(page);
  if (person !== null && people.has(decodeURIComponent(person[1]!))) return "a person named that day";
  return null;
}

function tree(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs });
  }
  return files;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
for (const dir of ["dist", "dist-ssr", ".cache/prerender", ".cache/build-app"])
  rmSync(dir, { recursive: true, force: true });
publish(corpus([1, 2, 3]), ["--full"]);
publish(corpus([1, 2, 4], new Set([2])));
const incremental = tree("dist");
publish(corpus([1, 2, 4], new Set([2])));
const again = tree("dist");
const addStarted = performance.now();
publish(corpus([1, 2, 4, 5], new Set([2])));
const addSeconds = (performance.now() - addStarted) / 1000;
const added = tree("dist");
for (const dir of ["dist", "dist-ssr", ".cache/prerender", ".cache/build-app"])
  rmSync(dir, { recursive: true, force: true });
run(["scripts/build-app.ts", "--full"]);
const full = tree("dist");

const problems: string[] = [];
// Adding day 5 (2001-05-05, after 2001-05-04): every changed file has a reason, the day's pages are new.
const newDay = JSON.parse(
  readFileSync(
    join("dist/data", [...added.keys()].find((p) => p.startsWith("data/issues/rmrb/2001-05-05."))!.slice(5)),
  ).toString(),
) as IssueFile;
const named = new Set(newDay.pages.flatMap((p) => p.articles.flatMap((a) => a.people.map((person) => person.name))));
const changed = [...new Set([...again.keys(), ...added.keys()])].filter(
  (path) => !(again.get(path)?.bytes.equals(added.get(path)?.bytes ?? Buffer.alloc(0)) ?? false),
);
const reasons = new Map<string, number>();
for (const path of changed) {
  const reason = dayFileReason(path, "rmrb", "2001-05-05", "2001-05-04", named, !again.has(path));
  if (reason === null) problems.push(`adding a day changed ${path}, which it should not`);
  else reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
}
if (!added.has("rmrb/2001-05-05/index.html")) problems.push("adding a day did not write the day's first page");
if (!changed.includes("rmrb/2001-05-04/index.html"))
  problems.push("adding a day did not change the day before's next link");
// The site after those incremental builds (a day added, one changed, one removed, then one more added) is the full build's.
for (const path of new Set([...added.keys(), ...full.keys()])) {
  const [a, b] = [added.get(path), full.get(path)];
  if (a === undefined) problems.push(`only in the full build: ${path}`);
  else if (b === undefined) problems.push(`only in the incremental build: ${path}`);
  else if (!a.bytes.equals(b.bytes)) problems.push(`differs: ${path}`);
}
const rewritten = [...again].filter(([path, f]) => incremental.get(path)?.mtimeMs !== f.mtimeMs).map(([p]) => p);
for (const path of rewritten) problems.push(`rewritten with nothing changed: ${path}`);
if (incremental.size !== again.size)
  problems.push(`a build with nothing changed left ${again.size} files, not ${incremental.size}`);
if (problems.length > 0) {
  console.error(`check:incremental: ${problems.length} problems\n${problems.slice(0, 200).join("\n")}`);
  process.exit(1);
}
console.log(
  `check:incremental: adding one day changed ${changed.length} of ${added.size} files in ${addSeconds.toFixed(1)} s ` +
    `(import, build, build:app): ${[...reasons].map(([r, n]) => `${r} ${n}`).join(", ")}`,
);
console.log(
  `check:incremental: the incremental site equals the full one (${full.size} files, gzip copies included); ` +
    `a build with nothing changed rewrote 0 files`,
);
