/**
 * `npm run bench:scale -- --years N` (or `--months N`): an archive of N years made from the real PFR
 * month (January 1998, `../shared/corpus/pfr-199801.txt` or FOLIO_PFR) re-dated month after month,
 * beside the seed, ending in the month before `END_MONTH` (so that its days are the newest of
 * all, as a newsroom's new issue is); then the commands a newsroom runs, timed end to end: a full
 * build (`folio build`, `npm run build:app -- --full`), and adding one day's issue (`folio import
 * pfr` of that day, `folio build`, `npm run build:app`), each with its stages (content, issues,
 * people index, search index; vite, prerender, discovery, service worker, gzip); then adding a
 * day left out in the middle of the archive (an old date: data steps only). Prints output size
 * and file count, and for each kind of view the bytes it fetches on first load (gzip) and the
 * largest file among them (`scripts/first-view.ts`), plus the files a search fetches. Printed,
 * never asserted. `--data-only` runs the data steps alone (no app build, no views: the prerender
 * of a large archive takes hours on a small machine). `--month <dir>` takes the month as
 * `folio import pfr` wrote it instead of importing it again. `--pages K` keeps the first K pages of
 * each re-dated day (a twenty-year archive that builds in hours, not days; the day added is whole),
 * and the bench says what the archive holds. Replaces this checkout's
 * `public/data/` and `dist/` (as `npm run start:archive` does); the archive is made under
 * `.cache/bench-scale/` (git-ignored: never commit the corpus).
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { paths } from "../src/app/config/paths";
import { restoreManifest } from "../src/bundle/restore";
import { currentManifestFile } from "../src/ingest/bundle-pointer";
import { openSearchIndex } from "../src/search/open-index";
import type { SearchOptions } from "../src/search/search-types";
import { firstView, wireBytes } from "../scripts/first-view";

const { values } = parseArgs({
  options: {
    years: { type: "string" },
    months: { type: "string" },
    corpus: { type: "string" },
    month: { type: "string" },
    "data-only": { type: "boolean" },
    pages: { type: "string" },
  },
});
/**
 * `--pages K`: every re-dated day of the archive keeps only its first K pages (with their articles),
 * so that an archive with the real number of issues (7,300 at twenty years) can be built here; the
 * day added in the measure is still a whole real day. Default: every page.
 */
const pagesOf = (n: number) => `${n} page${n === 1 ? "" : "s"}`;
const pagesPerDay = values.pages !== undefined ? Number(values.pages) : Infinity;
if (!(pagesPerDay >= 1)) {
  console.error(`bench:scale: --pages takes a number of pages of at least 1 (got ${values.pages})`);
  process.exit(2);
}
const dataOnly = values["data-only"] === true;
const months = values.months !== undefined ? Number(values.months) : Number(values.years ?? "1") * 12;
const corpus = resolve(values.corpus ?? process.env.FOLIO_PFR ?? "../shared/corpus/pfr-199801.txt");
if (!existsSync(corpus)) {
  console.error(`bench:scale: no corpus at ${corpus} (give --corpus or FOLIO_PFR)`);
  process.exit(2);
}
const WORK = resolve(".cache/bench-scale");
const SOURCE = join(WORK, "month"); // the real month, imported once
const ARCHIVE = join(WORK, `archive-${months}m${Number.isFinite(pagesPerDay) ? `-${pagesPerDay}p` : ""}`);
const DIST = resolve("dist");
const PAPER = "rmrb";

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The stage lines of the last command run (`folio build` and `build:app` print their stages). */
let lastStages = "";
/** The standard output of the last command run. */
let lastOut = "";

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc (Linux; null
 * elsewhere). On a shared machine a command's wall time mostly measures the load; its CPU time
 * does not, so each command prints both.
 */
function childCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command's name, which may hold spaces: state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** `getconf CLK_TCK` on Linux. */
const CLOCK_TICKS = 100;
let lastCpu = "";

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const cpuBefore = childCpuMs();
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = result.stdout.toString();
  lastOut = out;
  process.stdout.write(out);
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed (${result.status})`);
  const cpuAfter = childCpuMs();
  lastCpu = cpuBefore === null || cpuAfter === null ? "" : ` (${s(cpuAfter - cpuBefore)} CPU)`;
  lastStages = out
    .split("\n")
    .filter((line) =>
      ["folio: build stages:", "build:app done", "app code unchanged", "prerendered ", "compressed:"].some((start) =>
        line.startsWith(start),
      ),
    )
    .map((line) => `    ${line}`)
    .join("\n");
  return performance.now() - started;
}
const folio = (...args: string[]) => run(["src/ingest/cli.ts", ...args]);

/** The archive ends in the month before this one (after the seed's date, so that a new day is the newest of all). */
const END_MONTH = { year: 2026, month: 11 };

/** The months of the archive, oldest first, ending in the month before `END_MONTH`. */
function monthList(): { year: number; month: number }[] {
  const end = END_MONTH.year * 12 + END_MONTH.month - 1;
  return Array.from({ length: months }, (_, i) => {
    const at = end - months + i;
    return { year: Math.floor(at / 12), month: (at % 12) + 1 };
  });
}
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * Copies one day of the real month to another date (issue.json re-dated), its first `pagesPerDay`
 * pages as they are (the others, and their files, left out); the number of pages copied.
 */
function copyDay(from: string, to: string, date: string): number {
  mkdirSync(to, { recursive: true });
  const meta = JSON.parse(readFileSync(join(from, "issue.json"), "utf8")) as {
    date: string;
    pages: { file: string }[];
  };
  const pages = meta.pages.slice(0, pagesPerDay);
  writeFileSync(join(to, "issue.json"), `${JSON.stringify({ ...meta, date, pages }, null, 2)}\n`);
  for (const page of pages) cpSync(join(from, page.file), join(to, page.file));
  return pages.length;
}

/** Every file of a folder with its size and mtime (a build writes a file only when its bytes change). */
function stamps(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path);
    files.set(path.slice(dir.length + 1), `${stat.size} ${stat.mtimeMs}`);
  }
  return files;
}

/** The files written or removed between two stamps, counted by kind (HTML pages, data folders, gzip copies). */
function changedByKind(before: Map<string, string>, after: Map<string, string>): string {
  const kinds = new Map<string, number>();
  let total = 0;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(path) === after.get(path)) continue;
    total++;
    const kind = path.endsWith(".gz")
      ? "gzip copies"
      : path.endsWith(".html")
        ? "HTML pages"
        : path.startsWith("data/")
          ? `data/${path.split("/")[1]}`
          : "other";
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return `${total} files written or removed (${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")})`;
}

function tree(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

console.log(
  `bench:scale: ${months} months (${(months / 12).toFixed(1)} years), ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);

/**
 * A search's first load: the files the engine fetches for a query (the app's worker runs the same
 * engine) in the data folder `dataDir` (`dist/data`, or `public/data` with `--data-only`), gzip as
 * served, with the part of them that is the entry, posting files, segments' issue tables (fetched
 * when a date or paper filter cuts a segment) and article texts, and how many segments' postings
 * were read; the same words within one month and within one paper too. The entry is printed first,
 * raw and gzip.
 */
async function searchBytes(dataDir: string, month: string): Promise<void> {
  const manifest = restoreManifest(JSON.parse(readFileSync(join(dataDir, currentManifestFile(dataDir)), "utf8")));
  if (manifest.search === undefined) return;
  const entry = manifest.search;
  const folder = entry.slice(0, entry.lastIndexOf("/") + 1);
  console.log(
    `  search entry ${entry}: ${kB(statSync(join(dataDir, entry)).size)} raw, ${kB(wireBytes(dataDir, entry))} gzip`,
  );
  const searches: [string, string, SearchOptions][] = [
    ["经济", "经济", {}],
    ["江泽民 讲话", "江泽民 讲话", {}],
    [`经济 in ${month}`, "经济", { filters: { dateFrom: `${month}-01`, dateTo: `${month}-31` } }],
    [`经济 in ${PAPER}`, "经济", { filters: { paper: PAPER } }],
  ];
  for (const [label, query, options] of searches) {
    const fetched: string[] = [];
    const engine = await openSearchIndex(async (path) => {
      fetched.push(path);
      return readFileSync(join(dataDir, path === "index.json" ? entry : folder + path));
    });
    const result = await engine.search(query, options);
    const sized = fetched.map((path) => ({
      path,
      n: wireBytes(dataDir, path === "index.json" ? entry : folder + path),
    }));
    const of = (test: (path: string) => boolean) => kB(sized.filter((f) => test(f.path)).reduce((a, f) => a + f.n, 0));
    const segments = new Set(fetched.filter((p) => /\/[pb]\//u.test(p)).map((p) => p.slice(0, p.indexOf("/"))));
    console.log(
      `  search "${label}"`.padEnd(25) +
        `${of(() => true).padStart(10)} in ${fetched.length} files (${result.total}${result.totalExact ? "" : "+"} hits), largest ${kB(Math.max(...sized.map((f) => f.n)))}: ` +
        `entry ${of((p) => p === "index.json")}, postings ${of((p) => /\/[pb]\//u.test(p))} from ${segments.size} segments, ` +
        `issue tables ${of((p) => p.endsWith("/segment.json"))}, texts ${of((p) => p.includes("/t/"))}`,
    );
  }
}

/**
 * What the archive holds, so that its figures are read for what it is: issues, pages, articles
 * (from `folio build`'s summary line), people (the bundle's people directory) and the bundle's files.
 */
function archiveSummary(buildOut: string): void {
  const built = /(\d+) issues?, (\d+) articles?/u.exec(buildOut);
  const data = resolve("public/data");
  const manifest = restoreManifest(JSON.parse(readFileSync(join(data, currentManifestFile(data)), "utf8")));
  const directory = manifest.people?.directory;
  const people =
    directory === undefined
      ? 0
      : (JSON.parse(readFileSync(join(data, directory), "utf8")) as { peopleCount: number }).peopleCount;
  const bundle = tree(data);
  console.log(
    `ARCHIVE: ${built?.[1] ?? "?"} issues (${issues} re-dated beside the seed's), ${archivePages} re-dated pages ` +
      `(${Number.isFinite(pagesPerDay) ? `the first ${pagesOf(pagesPerDay)} of each day` : "every page"}), ${built?.[2] ?? "?"} articles, ` +
      `${people} people, bundle ${(bundle.bytes / 1024 / 1024).toFixed(1)} MB in ${bundle.files} files. ` +
      `The people are those of the real month (${Number.isFinite(pagesPerDay) ? `the first ${pagesOf(pagesPerDay)} of each day` : "every page"}): re-dating ` +
      `does not add names, so their number does not grow with the years (npm run bench:people covers 226,000 people).`,
  );
}

// 1. The real month, imported once (its people extraction is cached in .cache/folio), or taken as imported.
if (values.month !== undefined) {
  rmSync(SOURCE, { recursive: true, force: true });
  cpSync(resolve(values.month), SOURCE, { recursive: true });
  console.log(`the real month as imported: ${values.month}`);
} else {
  const importMonth = folio("import", "pfr", corpus, "--out", SOURCE);
  console.log(`import of the real month: ${s(importMonth)}`);
}
const sourceDays = readdirSync(join(SOURCE, PAPER))
  .filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d))
  .sort();

// 2. The archive: the month's days re-dated over every month, but the last day (added in step 4).
const list = monthList();
const last = list.at(-1)!;
const newDate = iso(last.year, last.month, Math.min(daysIn(last.year, last.month), sourceDays.length));
// A day left out in the middle of the archive, added last (an old date: its search segment is an old block).
const middle = list[Math.floor((list.length - 1) / 2)]!;
const oldDate = iso(middle.year, middle.month, 15);
const started = performance.now();
rmSync(ARCHIVE, { recursive: true, force: true });
mkdirSync(join(ARCHIVE, PAPER), { recursive: true });
cpSync(join(SOURCE, PAPER, "paper.json"), join(ARCHIVE, PAPER, "paper.json"));
let issues = 0;
let archivePages = 0;
for (const { year, month } of list)
  for (let day = 1; day <= Math.min(daysIn(year, month), sourceDays.length); day++) {
    const date = iso(year, month, day);
    if (date === newDate || date === oldDate) continue;
    archivePages += copyDay(join(SOURCE, PAPER, sourceDays[day - 1]!), join(ARCHIVE, PAPER, date), date);
    issues++;
  }
console.log(
  `generated ${issues} issues, ${archivePages} pages (${Number.isFinite(pagesPerDay) ? `the first ${pagesOf(pagesPerDay)} of each day` : "every page of each day"}) in ${s(performance.now() - started)}`,
);

// 3. A full build from scratch (the result cache stays: it is what a newsroom's machine has).
for (const dir of ["public/data", "dist", "dist-ssr", ".cache/prerender", ".cache/build-app"])
  rmSync(dir, { recursive: true, force: true });
const content = ["--content", "content", "--content", ARCHIVE];
const fullData = folio("build", ...content);
const fullDataStages = lastStages;
const fullDataCpu = lastCpu;
archiveSummary(lastOut);
const fullApp = dataOnly ? 0 : run(["scripts/build-app.ts", "--full"]);
console.log(
  `FULL BUILD: build ${s(fullData)}${fullDataCpu}${dataOnly ? "" : ` + build:app ${s(fullApp)}${lastCpu} = ${s(fullData + fullApp)}`}\n${fullDataStages}${dataOnly ? "" : `\n${lastStages}`}`,
);

// 4. One more day: import it (the real month's first day, re-dated), build, build:app.
const corpusText = readFileSync(corpus, "utf8");
/** Imports the real month's first day re-dated to `date` and moves it into the archive; the import's time. */
function importDay(date: string): number {
  const dayFile = join(WORK, "day.txt");
  const compact = date.replaceAll("-", "");
  const firstDay = corpusText
    .split("\n")
    .filter((line) => line.startsWith("19980101-"))
    .map((line) => line.replace(/^19980101-/u, `${compact}-`))
    .join("\n");
  writeFileSync(dayFile, `${firstDay}\n`);
  rmSync(join(WORK, "day"), { recursive: true, force: true });
  const took = folio("import", "pfr", dayFile, "--out", join(WORK, "day"));
  renameSync(join(WORK, "day", PAPER, date), join(ARCHIVE, PAPER, date));
  return took;
}
const beforeDay = dataOnly ? new Map<string, string>() : stamps(DIST);
const addImport = importDay(newDate);
const addImportCpu = lastCpu;
const addData = folio("build", ...content);
const addDataStages = lastStages;
const addDataCpu = lastCpu;
const addApp = dataOnly ? 0 : run(["scripts/build-app.ts"]);
console.log(
  `ADD ONE DAY (${newDate}, the newest): import ${s(addImport)}${addImportCpu} + build ${s(addData)}${addDataCpu}${dataOnly ? "" : ` + build:app ${s(addApp)}${lastCpu}`} = ${s(addImport + addData + addApp)}\n${addDataStages}${dataOnly ? "" : `\n${lastStages}`}`,
);
if (!dataOnly) console.log(`ADD ONE DAY: dist/ ${changedByKind(beforeDay, stamps(DIST))}`);

// 5. A day of the middle of the archive, added late (a gap filled): the data steps.
const oldImport = importDay(oldDate);
const oldImportCpu = lastCpu;
const oldData = folio("build", ...content);
console.log(
  `ADD AN OLD DAY (${oldDate}): import ${s(oldImport)}${oldImportCpu} + build ${s(oldData)}${lastCpu}\n${lastStages}`,
);
if (dataOnly) {
  await searchBytes(resolve("public/data"), oldDate.slice(0, 7));
  console.log(
    `load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  process.exit(0);
}

// 6. The output, and what each kind of view fetches on first load.
const out = tree(DIST);
console.log(`output: dist/ ${(out.bytes / 1024 / 1024).toFixed(1)} MB in ${out.files} files`);
const pageHtml = (path: string) => readFileSync(join(DIST, path, "index.html"), "utf8");
const peopleDir = join(DIST, "people");
const person = readdirSync(peopleDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== "letter" && existsSync(join(peopleDir, e.name, "index.html")))
  .map((e) => ({ name: e.name, size: statSync(join(peopleDir, e.name, "index.html")).size }))
  .sort((a, b) => b.size - a.size)[0]!;
const month = newDate.slice(0, 7);
const views: [string, string][] = [
  ["home", paths.home.to()],
  ["article", paths.article.to(PAPER, newDate, 1, 1)],
  ["issue page", paths.page.to(PAPER, newDate, 1)],
  ["month", paths.month.to(PAPER, month)],
  ["people", paths.people.to()],
  [`person (${decodeURIComponent(person.name)})`, `/people/${person.name}/`],
  ["search page", paths.search.to()],
];
console.log("first load of each view (gzip as served):");
for (const [name, path] of views) {
  const view = firstView(pageHtml(path));
  const files = [`${path.replace(/^\//u, "")}index.html`, ...view.js, ...view.css, ...view.data];
  const sizes = files.map((f) => ({ f, n: wireBytes(DIST, f) }));
  const largest = sizes.reduce((a, b) => (b.n > a.n ? b : a));
  const data = view.data.reduce((n, f) => n + wireBytes(DIST, f), 0);
  console.log(
    `  ${name.padEnd(22)} ${kB(sizes.reduce((n, x) => n + x.n, 0)).padStart(10)} in ${String(files.length).padStart(2)} files (data ${kB(data)}), largest ${largest.f} ${kB(largest.n)}`,
  );
}

await searchBytes(join(DIST, "data"), oldDate.slice(0, 7));
console.log(
  `load average now ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
