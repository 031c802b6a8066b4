import type { ParsedPage } from "@/bundle/schema";
import { ResultCache } from "../cache/result-cache";
import { IssueCache } from "../cache/issue-cache";
import { PeopleStore } from "../people-index/people-store";
import { journalPath } from "../cache/output-journal";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { readContentDirs, type ContentPaper, type ReadPdfPage } from "../content/read-content";
import { taskRunner, type TaskRunner } from "../workers/pool";
import { writeBundle } from "../write-bundle";
import type { ContentImages } from "../page-images/image-keys";
import { PDF_PAGE_CACHE, pdfPageKey } from "../pdf/pdf-page-cache";

/** Below this many issues a build is quick and prints no progress. */
export const PROGRESS_MIN_ISSUES = 20;

/**
 * `folio build`: content folders → the bundle, with progress on long runs and every warning.
 * Several folders build side by side (`--content content --content content-archive`).
 */
export interface BuildCommandOptions {
  contentDirs: readonly string[];
  outDir: string;
  /** Worker threads for reading text pages (1: this thread only). */
  jobs: number;
  cacheDir: string;
}

/** The cache's kind for a search segment's file list (`search-index/reuse-segment.ts`). */
const SEARCH_SEGMENT_CACHE = "search-segment";

/** The cache's kind for a search segment's name by its units (`search-index/build-search-index.ts`). */
const SEARCH_NAME_CACHE = "search-name";

/** The cache's kind for one page of text read by the parser and the people model. */
const TEXT_PAGE_CACHE = "text-page";

/** PDF pages parsed through the cache: a rebuild does not parse an unchanged PDF again. */
function cachedPdfPage(cache: ResultCache, stats: { parsed: number; cached: number }): ReadPdfPage {
  return async (path, pdfPage) => {
    const bytes = await readFile(path).catch(() => null);
    // A missing file is reported by the parser, in its words.
    const key = bytes === null ? null : pdfPageKey(bytes, pdfPage);
    const cached = key === null ? undefined : await cache.get<ParsedPage>(PDF_PAGE_CACHE, key);
    if (cached !== undefined) {
      stats.cached++;
      return cached;
    }
    stats.parsed++;
    const { readPdfFilePage } = await import("../read-pdf-page");
    const parsed = await readPdfFilePage(path, pdfPage);
    if (key !== null) await cache.put(PDF_PAGE_CACHE, key, parsed);
    return parsed;
  };
}

export async function buildCommand(options: BuildCommandOptions): Promise<void> {
  const started = performance.now();
  const cache = await ResultCache.open(options.cacheDir);
  // Opened before the content is read: PDF pages are parsed as they are read, through it.
  const pdfStats = { parsed: 0, cached: 0 };
  const readStarted = performance.now();
  const readCpu = process.cpuUsage();
  // An issue unchanged since the build that made it is not read again (its files stay as they are).
  const issueCache = await IssueCache.open(options.cacheDir, options.outDir);
  const papers = await readContentDirs(
    options.contentDirs,
    cachedPdfPage(cache, pdfStats),
    issueCache.lookup,
    issueCache.metas,
  );
  const runner = taskRunner(options.jobs);
  let pages: Map<string, ParsedPage>;
  let images: ContentImages | undefined;
  try {
    pages = await readTextPages(papers, cache, runner);
    images = await drawImages(papers, options.cacheDir, runner);
  } finally {
    await runner.close();
  }
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => {
        if (total >= PROGRESS_MIN_ISSUES && (done % 10 === 0 || done === total))
          process.stderr.write(`\r  issues ${done}/${total}`);
        if (done === total && total >= PROGRESS_MIN_ISSUES) process.stderr.write("\n");
      }
    : (done: number, total: number) => {
        if (total >= PROGRESS_MIN_ISSUES && (done % 50 === 0 || done === total))
          process.stderr.write(`  issues ${done}/${total}\n`);
      };
  const readMs = Math.round(performance.now() - readStarted);
  const readCpuMs = cpuMs(process.cpuUsage(readCpu));
  // The people index as the last build of this output left it: a new day makes only its people again.
  const peopleStore = PeopleStore.open(join(options.cacheDir, cache.version), resolve(options.outDir));
  // Each search segment's files, by segment id (its own cache instance: the summary counts the text pages' hits).
  const segmentCache = await ResultCache.open(options.cacheDir, cache.version);
  const report = await writeBundle(papers, {
    outDir: options.outDir,
    onProgress: progress,
    pages,
    images,
    issueCache,
    peopleStore,
    segmentFiles: {
      get: (id) => segmentCache.get(SEARCH_SEGMENT_CACHE, id),
      put: (id, list) => segmentCache.put(SEARCH_SEGMENT_CACHE, id, list),
    },
    segmentNames: {
      get: (key) => segmentCache.get(SEARCH_NAME_CACHE, key),
      put: (key, id) => segmentCache.put(SEARCH_NAME_CACHE, key, id),
    },
    journal: journalPath(options.cacheDir, options.outDir),
  });
  await issueCache.save();
  for (const { file, via, warning } of report.warnings) {
    const carrier = via === undefined ? "" : ` (in ${via})`;
    process.stderr.write(`warning: ${file}:${warning.lines[0]}-${warning.lines[1]}: ${warning.message}${carrier}\n`);
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `folio: built ${counted(papers.length, "paper")}, ${counted(report.issues, "issue")}, ${counted(report.articles, "article")} → ${options.outDir} (${(report.bytes / 1024).toFixed(1)} kB, ${ms} ms; ` +
      `${report.written ?? 0} files written, ${report.removed ?? 0} removed; ` +
      `${issueCache.stats.hits} issues unchanged, ${issueCache.stats.misses} built (${issueCache.digests.stats.hashed} files hashed, ${issueCache.digests.stats.stat} known by their stat; ledger: ${issueCache.ledger.stats.filesRead} month files read, ${issueCache.ledger.stats.filesWritten} written); ` +
      `${cache.stats.misses - pdfStats.parsed} text pages parsed on ${runner.jobs} threads, ${cache.stats.hits - pdfStats.cached} from the cache` +
      (pdfStats.parsed + pdfStats.cached === 0
        ? ""
        : `; ${pdfStats.parsed} PDF pages parsed, ${pdfStats.cached} from the cache`) +
      (images === undefined
        ? ""
        : `; page images: ${images.drawn.pages} pages and ${images.drawn.photos} photos drawn, ${images.cached.pages} pages and ${images.cached.photos} photos from the cache`) +
      ")\n",
  );
  if (report.ms !== undefined)
    process.stdout.write(
      `folio: build stages: content read and parsed ${readMs} ms${cpuNote(readCpuMs)}, issues ${report.ms.issues} ms${cpuNote(report.cpuMs?.issues)}, people index ${report.ms.people} ms${cpuNote(report.cpuMs?.people)}, search index ${report.ms.search} ms${cpuNote(report.cpuMs?.search)}` +
        (report.search === undefined
          ? ""
          : ` (search: ${report.search.kept} segments kept in ${report.search.ms.reuse} ms, ${report.search.named} named from their documents, ${report.search.written} written with ${report.search.docsWritten} articles: reading ${report.search.ms.read} ms, writing ${report.search.ms.write} ms)`) +
        (report.stale === undefined
          ? ""
          : `, stale files ${report.stale.ms} ms (${report.stale.journal ? "from the journal" : "output walked"})`) +
        (report.people === undefined
          ? "\n"
          : ` (people: ${report.people.issuesRead} issues read, ${report.people.namesMade} names made again${report.people.reset ? ", from scratch" : ""} in ${report.people.ms.made} ms, shards ${report.people.ms.shards} ms, index files ${report.people.ms.index} ms (${report.people.indexRead === null ? "cut from everyone" : `cut again around the changes, ${report.people.indexRead} old parts and pieces read`}); ${report.people.filesWritten} people files written)\n`),
    );
}

/** CPU milliseconds (user + system) of a `process.cpuUsage` difference. */
const cpuMs = (used: NodeJS.CpuUsage): number => Math.round((used.user + used.system) / 1000);
/** A stage's CPU time beside its wall time: ` (1.2 CPU-s)`. */
const cpuNote = (ms: number | undefined): string => (ms === undefined ? "" : ` (${(ms / 1000).toFixed(1)} CPU-s)`);

/** The images of every PDF page (page ladder, thumbnail, photo crops), drawn on the worker threads or from the cache. */
async function drawImages(
  papers: readonly ContentPaper[],
  cacheDir: string,
  runner: TaskRunner,
): Promise<ContentImages | undefined> {
  const hasPdf = papers.some((paper) => paper.issues.some((issue) => issue.pages.some((p) => p.kind === "pdf")));
  if (!hasPdf) return undefined;
  // The renderer (PDF.js, Skia, sharp) is loaded only by content with PDF pages.
  const { drawContentImages } = await import("../page-images/page-image-store");
  return drawContentImages(papers, cacheDir, runner);
}

/** Every text page read (parsed, then people), from the cache by its text or on the worker threads. */
async function readTextPages(
  papers: readonly ContentPaper[],
  cache: ResultCache,
  runner: TaskRunner,
): Promise<Map<string, ParsedPage>> {
  const read = new Map<string, ParsedPage>();
  const jobs: Promise<void>[] = [];
  for (const paper of papers)
    for (const issue of paper.issues)
      for (const page of issue.pages) {
        if (page.kind !== "text") continue;
        const { text, file } = page;
        jobs.push(
          (async () => {
            const key = ResultCache.key(text);
            let parsed = await cache.get<ParsedPage>(TEXT_PAGE_CACHE, key);
            if (parsed === undefined) {
              parsed = await runner.run({ kind: "text-page", text });
              await cache.put(TEXT_PAGE_CACHE, key, parsed);
            }
            read.set(file, parsed);
          })(),
        );
      }
  await Promise.all(jobs);
  return read;
}

/** "1 issue", "2 issues": the build summary's counts. */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
