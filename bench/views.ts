/**
 * `npm run bench:views -- [--data public/data]`: for each kind of view, the data files it fetches
 * on its first load, found by running the app's own route loaders against a built data folder
 * (`scripts/view-data.ts`): their gzip bytes and the largest file among them, flagged when over
 * the 150 kB goal (issue 12). Also what the people filter fetches for a few typed texts on a large
 * index, and the largest file of each kind in the folder (every issue, letter part, filter piece,
 * person shard: what any view of them may fetch). Printed, never asserted. The search page is not
 * here: its index is fetched by a worker (`npm run bench:scale` and `bench:segments` measure it).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { paths } from "../src/app/config/paths";
import { letterSlug, mostMentioned } from "../src/app/features/people/api/index-pages";
import { restoreIssue, restoreManifest, restorePeopleIndex, restoreYearIndex } from "../src/bundle/restore";
import { MANIFEST_FILE } from "../src/bundle/data-files";
import { createServer } from "vite";
import type * as ViewData from "../scripts/view-data";
import type { FetchedFile } from "../scripts/view-data";

// The app's route code through Vite (in SSR mode, with the app's plugins), as the prerender and the
// tests run it: its loaders load code that only Vite compiles (the catalogue parts, `?lingui`).
const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: "custom", logLevel: "error" });
const { filterData, viewData } = (await vite.ssrLoadModule("/scripts/view-data.ts")) as typeof ViewData;

const { values } = parseArgs({ options: { data: { type: "string" }, paper: { type: "string" } } });
const DATA = resolve(values.data ?? "public/data");
/** The goal: no file any view fetches is over this (gzip). */
const GOAL_BYTES = 150 * 1024;

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), "utf8"));
const manifest = restoreManifest(read(MANIFEST_FILE));
/** The paper given, or the one with the most issues (the archive beside a seed paper). */
const paper =
  manifest.papers.find((p) => p.id === values.paper) ??
  [...manifest.papers].sort((a, b) => b.issueCount - a.issueCount)[0]!;
const latest = paper.latest!;
const oldestYear = restoreYearIndex(read(paper.years.at(-1)!.file));
const oldest = oldestYear.issues[0]!;

const views: [string, string][] = [
  ["home", paths.home.to()],
  ["article (latest issue, p1 #1)", paths.article.to(paper.id, latest.date, 1, 1)],
  ["issue page (latest, p1)", paths.page.to(paper.id, latest.date, 1)],
  ["issue page (oldest issue)", paths.page.to(paper.id, oldest.date, 1)],
  ["month calendar", paths.month.to(paper.id, latest.date.slice(0, 7))],
  ["archive", paths.archive.to()],
];
let filterFile: string | undefined;
if (manifest.people !== undefined) {
  const index = restorePeopleIndex(read(manifest.people.index));
  filterFile = index.filter;
  const top = mostMentioned(index.people, 1)[0]!;
  const biggest = [...index.letters].sort((a, b) => b.count - a.count)[0]!;
  views.push(["people index", paths.people.to()]);
  views.push([
    `people, letter ${biggest.letter} (${biggest.count})`,
    paths.peopleLetter.to(letterSlug(biggest.letter)),
  ]);
  views.push([`person (${top.name}, ${top.articleCount} articles)`, paths.person.to(top.name)]);
}

const line = (name: string, files: readonly FetchedFile[], extra = "") => {
  const largest = files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const total = files.reduce((n, f) => n + f.gzip, 0);
  const over = files.filter((f) => f.gzip > GOAL_BYTES).length;
  console.log(
    `  ${name.padEnd(36)} ${kB(total).padStart(9)} in ${String(files.length).padStart(2)} files, largest ${largest.file} ${kB(largest.gzip)}${over > 0 ? `  OVER ${kB(GOAL_BYTES)}: ${over} file(s)` : ""}${extra}`,
  );
};

console.log(`data files each view fetches on first load (gzip -9), ${DATA}:`);
for (const [name, path] of views) {
  const view = await viewData(DATA, path);
  if (view.status !== 200) throw new Error(`${path} answered ${view.status}`);
  line(name, view.files);
}
// An issue view fetches its page's text only; with a service worker the other pages' text follows
// in idle time, so that the issue reads offline at every page (not on a connection saving data).
const latestIssue = restoreIssue(read(latest.file));
const rest = latestIssue.pages.slice(1).flatMap((page) => (page.text === undefined ? [] : [page.text]));
if (rest.length > 0) {
  const gzip = rest.reduce((n, file) => n + gzipSync(readFileSync(join(DATA, file)), { level: 9 }).length, 0);
  console.log(
    `  ${"then, kept for offline (idle time)".padEnd(36)} ${kB(gzip).padStart(9)} in ${String(rest.length).padStart(2)} files: the latest issue's other pages' text`,
  );
}
if (filterFile !== undefined) {
  console.log("people filter (after the index page's files):");
  for (const text of ["z", "zhang", "张", "jzm", "lipeng", "李鹏", "xjp"]) {
    const found = await filterData(DATA, filterFile, text);
    line(`typing "${text}"`, found.files, ` → ${found.found}${found.complete ? "" : "+"} people`);
  }
}

/** A file's kind: its path without dates, numbers and hashes (`issues/rmrb/<date>/<page>.json`). */
const kindOf = (file: string) =>
  file
    .replace(/\d{4}-\d{2}-\d{2}/gu, "<date>")
    .replace(/\.[0-9a-f]{12}\.json$/u, ".json")
    .replace(/^(archive\/[^/]+)\/\d{4}\.json$/u, "$1/<year>.json")
    .replace(/\/\d+\.json$/u, "/<page>.json")
    .replace(/^people\/letter-([a-z]|other)-part\.json$/u, "people/letter-<l>-part.json")
    .replace(/-(\d+|[a-z]|other)(-\d+)?\.json$/u, (_, __, part: string | undefined) =>
      part === undefined ? "-<n>.json" : "-<l>-<n>.json",
    );

/** The largest file of each kind in the folder, by name (`issues/…`, `people/keys-…`…). */
const kinds = new Map<string, { file: string; gzip: number; count: number }>();
const walk = (dir: string) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (entry.endsWith(".json")) {
      const file = relative(DATA, path);
      const kind = file.startsWith("search/") ? "search" : kindOf(file);
      const gzip = gzipSync(readFileSync(path), { level: 9 }).length;
      const seen = kinds.get(kind);
      if (seen === undefined) kinds.set(kind, { file, gzip, count: 1 });
      else
        kinds.set(kind, gzip > seen.gzip ? { file, gzip, count: seen.count + 1 } : { ...seen, count: seen.count + 1 });
    }
  }
};
walk(DATA);
console.log("largest file of each kind:");
for (const [kind, { file, gzip, count }] of [...kinds].sort()) {
  if (kind === "search") continue;
  console.log(
    `  ${kind.padEnd(34)} ${String(count).padStart(6)} files, largest ${file} ${kB(gzip)}${gzip > GOAL_BYTES ? "  OVER" : ""}`,
  );
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
await vite.close();
