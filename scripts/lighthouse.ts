/**
 * `npm run lighthouse`: Lighthouse (mobile preset, its default) on each page kind of the production
 * build (home, an issue page, an article, the people index, a person, search results, and the printed
 * page view of a PDF issue with one of its articles when the build has them), with Debian's
 * Chromium (CHROME_PATH) when installed. Prints Performance, Accessibility, Best Practices, SEO, FCP,
 * LCP, TBT and CLS per page: the run with the median Performance of RUNS runs (Lighthouse's own
 * advice; one run varies a lot on a shared machine), and the machine's CPU benchmarkIndex and load
 * average (compare runs only under like load). Printed, never asserted. Run `npm run build` first;
 * pages the build does not have are skipped. `LIGHTHOUSE_PAGES=home,search` runs only those;
 * `LIGHTHOUSE_DIST=<folder>` measures a copy of a build (so that the next build can go on beside it);
 * the browser speaks Chinese (`LIGHTHOUSE_LANG`, default zh-CN), as the pages' readers do.
 * Goals (issue 17): Performance ≥ 97, FCP ≤ 1.0 s, LCP ≤ 1.5 s (search ≤ 2.0 s), TBT ≤ 100 ms,
 * CLS ≤ 0.01; the other categories 100.
 */
import { existsSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { longTaskLines } from "./lighthouse-tasks";
import { createStaticServer } from "./static-server";

const DIST = resolve(process.env.LIGHTHOUSE_DIST ?? "dist");
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
/** A person of the seed build: the first folder of the people index (none in a build without people). */
const person = existsSync(join(DIST, "people"))
  ? readdirSync(join(DIST, "people"), { withFileTypes: true }).find((d) => d.isDirectory() && d.name !== "letter")
  : undefined;
const only = process.env.LIGHTHOUSE_PAGES?.split(",");
/** `LIGHTHOUSE_TASKS=1`: also print the long tasks of each page's median run (see lighthouse-tasks.ts). */
const printTasks = process.env.LIGHTHOUSE_TASKS === "1";
const pages = (
  [
    ["home", "/"],
    ["page", "/maonan/2023-02-26/1/"],
    ["article", "/maonan/2023-02-26/1/1/"],
    ["people", "/people/"],
    ["person", person ? `/people/${encodeURIComponent(person.name)}/` : "/people/-/"],
    // The largest letter of the archive's index (only in an archive build: see index-pages.ts).
    ["people L", "/people/letter/l/"],
    ["search", "/search/?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4"],
    // The page image view (版面图) and an article with a cropped photo: the e2e build's PDF issue
    // (fixtures/e2e-content/lab-pdf), in a build of `npm run e2e:server` or `start:archive --content`.
    ["printed page", "/lab-pdf/2024-06-03/1/"],
    ["printed article", "/lab-pdf/2024-06-03/1/1/"],
  ] satisfies [string, string][]
).filter(([name]) => !only || only.includes(name));

const server = createStaticServer(DIST);
await new Promise<void>((done) => server.listen(PORT, done));
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    "--headless=new",
    // The browser of the readers the pages are made for: an English browser gets the English
    // interface after hydration (issue 15), a re-render and a layout shift that Chinese readers never
    // see. `LIGHTHOUSE_LANG=en-US` measures that case.
    `--accept-lang=${process.env.LIGHTHOUSE_LANG ?? "zh-CN"}`,
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
  ],
});
const rows: string[][] = [["page", "Perf", "A11y", "BP", "SEO", "FCP", "LCP", "TBT", "CLS"]];
const benchmarks: number[] = [];
try {
  for (const [name, path] of pages) {
    const folder = join(DIST, decodeURIComponent(path.split("?")[0]!), "index.html");
    if (!existsSync(folder)) {
      rows.push([name, "skipped: not in this build"]);
      continue;
    }
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://localhost:${PORT}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
      });
      if (result === undefined) throw new Error(`lighthouse gave no result for ${path}`);
      const fcp = result.lhr.audits["metrics"]?.details;
      const observedFcp =
        fcp?.type === "debugdata"
          ? Number((fcp.items[0] as Record<string, unknown>)["observedFirstContentfulPaint"])
          : 0;
      const tasks = printTasks ? longTaskLines(result.artifacts.Trace, observedFcp) : [];
      runs.push({ ...result.lhr, tasks });
      benchmarks.push(result.lhr.environment.benchmarkIndex);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const { categories, audits, tasks } = runs[Math.floor(runs.length / 2)]!;
    for (const line of tasks) console.log(`  ${name} long task ${line}`);
    if (printTasks) console.log(`  ${name} largest paint: ${lcpElement(audits["largest-contentful-paint-element"])}`);
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
    const metric = (id: string) => audits[id]?.displayValue ?? "?";
    rows.push([
      name,
      score("performance"),
      score("accessibility"),
      score("best-practices"),
      score("seo"),
      metric("first-contentful-paint"),
      metric("largest-contentful-paint"),
      metric("total-blocking-time"),
      metric("cumulative-layout-shift"),
    ]);
    const failing = Object.values(audits).filter(
      (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary",
    );
    for (const audit of failing) {
      // Which elements or files it is about (a data: URL shortened).
      const items = audit.details?.type === "table" ? audit.details.items : [];
      const about = items.map((item) => String(item.url ?? "").slice(0, 60)).filter(Boolean);
      console.log(`  ${name}: ${audit.id} — ${audit.title}${about.length > 0 ? ` (${about.join(", ")})` : ""}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
/** The element of the largest contentful paint, as Lighthouse shows it (its HTML, shortened). */
function lcpElement(audit: { details?: unknown } | undefined): string {
  const details = audit?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined;
  return details?.items?.[0]?.items?.[0]?.node?.snippet?.slice(0, 120) ?? "?";
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
const sorted = benchmarks.sort((a, b) => a - b);
console.log(
  `benchmarkIndex ${sorted[0] ?? "?"}–${sorted.at(-1) ?? "?"} (median ${sorted[Math.floor(sorted.length / 2)] ?? "?"}), ` +
    `${RUNS} runs per page, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`,
);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]! + 2)).join(""));
