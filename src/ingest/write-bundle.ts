import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod/mini";
import {
  BUNDLE_VERSION,
  issueSchema,
  manifestSchema,
  peopleDirSchema,
  peopleDirectorySchema,
  peopleFilterSchema,
  peopleIndexSchema,
  peopleKeysSchema,
  peopleLetterSchema,
  peoplePartSchema,
  peopleShardSchema,
  pageTextSchema,
  yearIndexSchema,
  type Issue,
  type PageHead,
  type PeopleIndex,
  type PeopleLetter,
  type IssueEntry,
  type Manifest,
  type ParsedPage,
  type ParseWarning,
} from "@/bundle/schema";
import {
  MANIFEST_FILE,
  PEOPLE_DIRECTORY_FILE,
  peopleDirFileName,
  peopleShardFileName,
  yearFileName,
} from "@/bundle/data-files";
import { isPagedByLetter } from "@/bundle/people-pages";
import { CliError } from "./cli-error";
import type { ContentIssue, ContentPaper } from "./content/read-content";
import { buildPaperArchive } from "./archive-index/build-archive-index";
import { buildPeopleIndex } from "./people-index/build-people-index";
import { pageHead, pageText } from "@/bundle/issue-text";
import { PER_DIRECTORY, personShards } from "./people-index/person-shards";
import type { IssueSource, PeopleStore, PeopleUpdate } from "./people-index/people-store";
import {
  planPeopleIndex,
  type IndexFile,
  type IndexPlan,
  type IndexRecord,
  type KeptLetter,
  type KeptPart,
  type KeptPiece,
} from "./people-index/people-index-files";
import { namePinyin } from "./people-index/person-pinyin";
import { writeFilterTree, type KeptNode } from "./people-index/filter-tree";
import { issueDocuments } from "./search-index/issue-documents";
import { writeSearchIndex } from "./search-index/write-search-index";
import type { SegmentFileStore } from "./search-index/reuse-segment";
import type { SegmentNames } from "./search-index/build-search-index";
import { docInfo, docUnit, validDoc, type DocSource, type DocUnit } from "./search-index/doc-sources";
import { readPage } from "./read-page";
import { linkIssueJumps } from "./pdf/link-jumps";
import { ChangedWriter } from "./cache/write-changed";
import { readBuiltIssue, type IssueCache } from "./cache/issue-cache";
import { pageImagesKey, photoKey, type ContentImages, type PageImages } from "./page-images/image-keys";

/**
 * Builds the bundle the app reads: `manifest.json` (papers, their latest issue and years), one file
 * per paper and year listing its issues (`archive/<paper>/<year>.json`), one per issue (its pages
 * and headlines) and one per page of an issue (its text), content-hashed, immutable. The files that only say where others are (manifest, year files, the
 * people directory) keep fixed names (`@/bundle/data-files`), so that a new issue changes them and
 * not the app or every page. Every file is validated against the bundle schema before it is written.
 * Only files whose bytes change are written (an unchanged issue keeps its file and its mtime), the
 * fixed-name files after the hashed ones they name, and the files no longer named are removed last.
 */
export interface BuildReport {
  issues: number;
  articles: number;
  bytes: number;
  /** `file` is what the line numbers refer to; `via` the content file that carried the warning. */
  warnings: { file: string; via?: string; warning: ParseWarning }[];
  /** Files written because they are new or changed, and files removed; the others were left as they were. */
  written?: number;
  removed?: number;
  /** Milliseconds spent on the issue files (with the year files), the people files and the search index. */
  ms?: { issues: number; people: number; search: number };
  /** CPU time (user + system, ms, every thread of the process) of the same stages. */
  cpuMs?: { issues: number; people: number; search: number };
  /** Search segments kept and written (with their documents), and the milliseconds of each part (`SearchIndexStats.ms`). */
  search?: {
    kept: number;
    written: number;
    docsWritten: number;
    /** Segments named from their documents' digests (their names not kept from an earlier build). */
    named: number;
    ms: { reuse: number; read: number; write: number };
  };
  /** Milliseconds spent removing what is stale (a walk of the output, or the journal's files), and whether the journal was used. */
  stale?: { ms: number; journal: boolean };
  /** What the people store read and made again (`PeopleStore`), when the build used one. */
  people?: {
    issuesRead: number;
    namesMade: number;
    reset: boolean;
    /** Old index parts and pieces read to cut again around the changed people; null when the index was cut from everyone. */
    indexRead: number | null;
    /** People files written (new or changed: shards, directory files, index files); the others were kept. */
    filesWritten: number;
    ms: { made: number; shards: number; index: number };
  };
}

export interface BuildOptions {
  outDir: string;
  onProgress?: (done: number, total: number) => void;
  /** Text pages already read (parsed, people found), by their content file: the build command reads them on all cores, through the cache. */
  pages?: ReadonlyMap<string, ParsedPage>;
  /** The images drawn from the PDF pages (page-images/page-image-store.ts): their fields, and the files to copy in. */
  images?: ContentImages;
  /** Where what is made of each issue is remembered, for issues read with its lookup (`cache/issue-cache.ts`). */
  issueCache?: IssueCache;
  /** The people index kept from the last build of this output (`people-index/people-store.ts`): only what changed is made again. */
  peopleStore?: PeopleStore;
  /** Each search segment's file list, kept between builds: a kept segment's folder is not listed (`search-index/reuse-segment.ts`). */
  segmentFiles?: SegmentFileStore;
  /** Search segments' names by their units, kept between builds: a kept segment's documents are not read to name it. */
  segmentNames?: SegmentNames;
  /** Where the journal of this output is kept (`cache/output-journal.ts`): with it, the build does not walk the output for stale files. */
  journal?: string;
}

/** Length of the content hash in issue file names: 48 bits, no collision in any real archive. */
export const HASH_LENGTH = 12;

export async function writeBundle(papers: readonly ContentPaper[], options: BuildOptions): Promise<BuildReport> {
  const defaults = papers.filter((p) => p.meta.isDefault === true);
  if (papers.length > 1 && defaults.length !== 1) {
    throw new CliError(`exactly one paper.json must set "isDefault": true (found ${defaults.length})`);
  }
  const out = new ChangedWriter(options.outDir);
  if (options.journal !== undefined) await out.openJournal(options.journal, MANIFEST_FILE);
  const report: BuildReport = { issues: 0, articles: 0, bytes: 0, warnings: [] };
  const total = papers.reduce((n, p) => n + p.issues.length, 0);
  const manifest: Manifest = { type: "folio/manifest", version: BUNDLE_VERSION, papers: [] };
  /** Every issue of the bundle in order: its file, and the issue (read back from the output for an unchanged one). */
  const built: IssueSource[] = [];
  /** Each issue's search documents, as the index is cut by them (`search-index/doc-sources.ts`). */
  const searchSources: DocSource[] = [];
  let mark = performance.now();
  const lap = (): number => {
    const was = mark;
    mark = performance.now();
    return Math.round(mark - was);
  };
  let cpuMark = process.cpuUsage();
  const cpuLap = (): number => {
    const used = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    return Math.round((used.user + used.system) / 1000);
  };
  for (const paper of papers) {
    const entries: IssueEntry[] = [];
    for (const content of paper.issues) {
      const reused = content.cached?.built;
      if (reused !== undefined) {
        // Unchanged since the build that made it (`cache/issue-cache.ts`): its files are kept as they are.
        for (const [file, bytes] of reused.files) {
          out.keep(file);
          report.bytes += bytes;
        }
        const load = () => readBuiltIssue(options.outDir, reused.file);
        built.push({ file: reused.file, load });
        if (reused.search !== null) {
          const docs = async () => issueDocuments(await load());
          searchSources.push({
            unit: reused.search,
            // Read only for a segment named for the first time: the digests of the documents as they were made.
            docs: async () => (await docs()).map((doc, i) => docInfo(validDoc(doc, `${i} of ${reused.file}`))),
            load: docs,
          });
        }
        report.articles += reused.articles;
        report.warnings.push(...reused.warnings);
        report.issues++;
        entries.push(reused.entry);
        options.onProgress?.(report.issues, total);
        continue;
      }
      const [warningsFrom, articlesFrom] = [report.warnings.length, report.articles];
      let searchUnit: DocUnit | null = null;
      const { value: entry, files } = await out.recordFiles(async () => {
        const issue = buildIssue(paper, content, report, options.pages, options.images);
        const file = await writeIssue(out, paper.id, issue, `${content.dir}`, report);
        built.push({ file, load: () => Promise.resolve(issue) });
        const docs = issueDocuments(issue).map((doc, i) => validDoc(doc, `${i} of ${file}`));
        if (docs.length > 0) {
          const infos = docs.map(docInfo);
          searchUnit = docUnit(infos);
          searchSources.push({
            unit: searchUnit,
            docs: () => Promise.resolve(infos),
            load: () => Promise.resolve(docs),
          });
        }
        return {
          date: issue.date,
          dateApproximate: issue.dateApproximate,
          dateNote: issue.dateNote,
          file,
          pageCount: issue.pages.length,
          articleCount: issue.pages.reduce((n, p) => n + p.articles.length, 0),
        };
      });
      report.issues++;
      entries.push(entry);
      if (content.cached !== undefined && options.issueCache !== undefined) {
        const made = { file: entry.file, entry, articles: report.articles - articlesFrom, search: searchUnit };
        await options.issueCache.record(
          content.cached.key,
          { ...made, warnings: report.warnings.slice(warningsFrom) },
          files,
        );
      }
      options.onProgress?.(report.issues, total);
    }
    const archive = buildPaperArchive(paper.id, entries);
    const years: Manifest["papers"][number]["years"] = [];
    for (const year of archive.years) {
      const json = serialise(yearIndexSchema, year, `${paper.id} ${year.year}`);
      const file = yearFileName(paper.id, year.year);
      await out.write(file, json);
      report.bytes += Buffer.byteLength(json);
      years.push({ year: year.year, issueCount: year.issues.length, file });
    }
    manifest.papers.push({
      id: paper.id,
      name: paper.meta.name,
      nameNote: paper.meta.nameNote ?? null,
      isDefault: papers.length === 1 || paper.meta.isDefault === true,
      issueCount: archive.issueCount,
      articleCount: archive.articleCount,
      latest: archive.latest,
      years,
      approximateDates: archive.approximateDates,
    });
  }
  for (const [file, from] of options.images?.files ?? []) await out.copy(file, from);
  const issuesMs = lap();
  const issuesCpu = cpuLap();
  manifest.people = await writePeople(out, built, report, options.peopleStore);
  const peopleMs = lap();
  const peopleCpu = cpuLap();
  manifest.search = await writeSearch(out, searchSources, report, options.segmentFiles, options.segmentNames);
  report.ms = { issues: issuesMs, people: peopleMs, search: lap() };
  report.cpuMs = { issues: issuesCpu, people: peopleCpu, search: cpuLap() };
  const manifestJson = serialise(manifestSchema, manifest, "manifest");
  await out.write(MANIFEST_FILE, manifestJson);
  report.bytes += Buffer.byteLength(manifestJson);
  report.written = out.written;
  const staleStarted = performance.now();
  report.removed = (await out.removeStale()).length;
  report.stale = { ms: Math.round(performance.now() - staleStarted), journal: out.usedJournal };
  return report;
}

/**
 * An issue's files: one text file per page (`issues/<paper>/<date>/<page>.<hash>.json`: its
 * articles' paragraphs and unassigned text), then the issue file naming them (the pages and their
 * headlines), so that a view fetches the issue file and the page it shows.
 */
async function writeIssue(
  out: ChangedWriter,
  paperId: string,
  issue: Issue,
  where: string,
  report: BuildReport,
): Promise<string> {
  const pages: PageHead[] = [];
  for (const page of issue.pages) {
    const json = serialise(pageTextSchema, pageText(page), `${where} page ${page.no} text`);
    const file = `issues/${paperId}/${issue.date}/${page.no}.${hash(json)}.json`;
    await out.write(file, json);
    report.bytes += Buffer.byteLength(json);
    pages.push(pageHead(page, file));
  }
  const json = serialise(issueSchema, { ...issue, pages }, where);
  const file = `issues/${paperId}/${issue.date}.${hash(json)}.json`;
  await out.write(file, json);
  report.bytes += Buffer.byteLength(json);
  return file;
}

/**
 * The search index of every article, in `search/`: segments by date, each in a folder named by
 * its content; a segment already there from an earlier build is kept as it is (not encoded or
 * written again), so a new issue writes its segment and whatever the merge policy merges. The
 * entry is named after its content, so that the manifest names this build's index.
 */
async function writeSearch(
  out: ChangedWriter,
  sources: readonly DocSource[],
  report: BuildReport,
  store?: SegmentFileStore,
  names?: SegmentNames,
): Promise<string> {
  const { entry, bytes, stats } = await writeSearchIndex(
    out,
    "search",
    { sources },
    names === undefined ? {} : { names },
    store,
  );
  const written = stats.segments.filter((s) => s.written);
  report.search = {
    kept: stats.segments.length - written.length,
    written: written.length,
    docsWritten: written.reduce((n, s) => n + s.docs, 0),
    named: stats.named,
    ms: stats.ms,
  };
  const json = Buffer.from(entry).toString("utf8");
  const file = `search/index.${hash(json)}.json`;
  await out.write(file, json);
  report.bytes += bytes;
  return file;
}

/**
 * The people index (the 人物 pages), and each person's details in shards bounded in bytes, found
 * through the people directory and its directory files: the index content-hashed, the directory,
 * its directory files and the shards at fixed names. With a store, only the people of the issues
 * added or gone since the last build are made again, and only their shards written; the others are
 * kept as they are, and so are the index's parts and pieces away from them (`planPeopleIndex`).
 */
export async function writePeople(
  out: ChangedWriter,
  issues: readonly IssueSource[],
  report: BuildReport,
  store?: PeopleStore,
): Promise<NonNullable<Manifest["people"]>> {
  let mark = performance.now();
  const lap = (): number => {
    const was = mark;
    mark = performance.now();
    return Math.round(mark - was);
  };
  const writtenBefore = out.written;
  const made: Partial<PeopleUpdate> & Omit<PeopleUpdate, "stats"> =
    store === undefined ? await peopleFromScratch(issues) : await store.update(issues);
  const { peopleCount, shardCount, shards, kept } = made;
  const madeMs = lap();
  const write: WritePeopleFile = async (schema, value, name, fixed) => {
    if (fixed === undefined) {
      // A content-hashed file already there under the name these bytes give is these bytes: kept
      // without validating or comparing them again.
      const plain = JSON.stringify(value);
      const there = `people/${name}.${hash(plain)}.json`;
      const size = Buffer.byteLength(plain);
      if ((await stat(join(out.root, there)).catch(() => null))?.size === size) {
        out.keep(there);
        report.bytes += size;
        return { file: there, bytes: size };
      }
    }
    const json = serialise(schema, value, `people ${name}`);
    const file = fixed ?? `people/${name}.${hash(json)}.json`;
    await out.write(file, json);
    const bytes = Buffer.byteLength(json);
    report.bytes += bytes;
    return { file, bytes };
  };
  const keep = ({ file, bytes }: IndexFile): void => {
    out.keep(file);
    report.bytes += bytes;
  };
  const shardFiles: string[] = [];
  for (let n = 0; n < shardCount; n++) {
    const file = peopleShardFileName(n);
    shardFiles.push(file);
    const bytes = kept.get(n);
    if (bytes !== undefined) {
      keep({ file, bytes });
      continue;
    }
    const shard = { type: "folio/people-shard" as const, version: BUNDLE_VERSION, people: shards.get(n)! };
    await write(peopleShardSchema, shard, `shard-${n}`, file);
  }
  const directories: string[] = [];
  for (let at = 0; at < shardFiles.length; at += PER_DIRECTORY) {
    const list = {
      type: "folio/people-dir" as const,
      version: BUNDLE_VERSION,
      shards: shardFiles.slice(at, at + PER_DIRECTORY),
    };
    const n = at / PER_DIRECTORY;
    directories.push((await write(peopleDirSchema, list, `dir-${n}`, peopleDirFileName(n))).file);
  }
  const directory = await write(
    peopleDirectorySchema,
    {
      type: "folio/people-directory",
      version: BUNDLE_VERSION,
      peopleCount,
      pagedByLetter: isPagedByLetter(peopleCount),
      shardCount,
      perDirectory: PER_DIRECTORY,
      directories,
    },
    "directory",
    PEOPLE_DIRECTORY_FILE,
  );
  const shardsMs = lap();
  const plan = await planPeopleIndex(made.index, made.changes, peopleCount);
  const index = await writePeopleIndex(write, keep, plan);
  await store?.commit(index.record);
  if (made.stats !== undefined)
    report.people = {
      ...made.stats,
      indexRead: plan.read,
      filesWritten: out.written - writtenBefore,
      ms: { made: madeMs, shards: shardsMs, index: lap() },
    };
  return { index: index.file, directory: directory.file };
}

/** The people of every issue, each read, as `PeopleStore.update` gives them (everyone new, no record). */
async function peopleFromScratch(issues: readonly IssueSource[]): Promise<Omit<PeopleUpdate, "stats">> {
  const { people, details } = buildPeopleIndex(await Promise.all(issues.map((issue) => issue.load())));
  const shards = personShards(details);
  const everyone = people.map((p) => ({ ...p, sortKey: namePinyin(p.name).sortKey }));
  return {
    peopleCount: people.length,
    shardCount: shards.length,
    shards: new Map(shards.entries()),
    kept: new Map(),
    changes: [],
    index: {
      record: null,
      everyone: async () => [...everyone],
      read: () => Promise.reject(new Error("people index: no earlier build to read")),
    },
  };
}

type WritePeopleFile = <T>(schema: z.ZodMiniType<T>, value: T, name: string, fixed?: string) => Promise<IndexFile>;

/**
 * The people index in files bounded in bytes (`people-index-files.ts`), content-hashed, each
 * written before the file that names it: a letter's parts, the letter files, the filter's pieces
 * and the tree of files listing them (`filter-tree.ts`), then the index file the manifest names. What the plan keeps from the last build
 * is kept as it is (`keep`); the record of what this build wrote lets the next cut again around its
 * changes only (a paged index; a one-page index is made from everyone each time).
 */
async function writePeopleIndex(
  write: WritePeopleFile,
  keep: (file: IndexFile) => void,
  plan: IndexPlan,
): Promise<{ file: string; record: IndexRecord | null }> {
  const letters: PeopleIndex["letters"] = [];
  const kept: KeptLetter[] = [];
  for (const { letter, count, parts, kept: keptFile } of plan.letters) {
    if (parts.length === 0) {
      letters.push({ letter, count });
      continue;
    }
    const slug = letter === "#" ? "other" : letter.toLowerCase();
    const written: KeptPart[] = [];
    for (const part of parts) {
      if (!Array.isArray(part)) {
        keep(part);
        written.push(part);
        continue;
      }
      const file = await write(
        peoplePartSchema,
        { type: "folio/people-part", version: BUNDLE_VERSION, people: part },
        `letter-${slug}-part`,
      );
      const [first, last] = [part[0]!, part.at(-1)!];
      written.push({
        ...file,
        count: part.length,
        first: first.pinyin,
        last: last.pinyin,
        from: namePinyin(first.name).sortKey,
      });
    }
    const listed: PeopleLetter["parts"] = written.map(({ file, count: n, first, last }) => ({
      file,
      count: n,
      first,
      last,
    }));
    let file = keptFile;
    if (file === undefined)
      file = await write(
        peopleLetterSchema,
        { type: "folio/people-letter", version: BUNDLE_VERSION, letter, count, parts: listed },
        `letter-${slug}`,
      );
    else keep(file);
    letters.push({ letter, count, file: file.file });
    kept.push({ letter, count, file, parts: written });
  }
  let filter: string | undefined;
  let levels: KeptNode[][] = [];
  const pieces: KeptPiece[] = [];
  if (plan.paged) {
    for (const piece of plan.pieces) {
      if ("file" in piece) {
        keep(piece);
        pieces.push(piece);
        continue;
      }
      const file = await write(
        peopleKeysSchema,
        { type: "folio/people-keys", version: BUNDLE_VERSION, ...piece },
        "keys",
      );
      const [key, at] = piece.keys[0]!;
      pieces.push({ ...file, key, from: `${key}\u0000${piece.people[at]!.name}` });
    }
    const tree = await writeFilterTree(pieces, plan.lastFilter, {
      write: (level, entries) =>
        write(peopleFilterSchema, { type: "folio/people-filter", version: BUNDLE_VERSION, level, entries }, "filter"),
      keep,
    });
    filter = tree.top;
    levels = tree.levels;
  }
  const index = await write(
    peopleIndexSchema,
    {
      type: "folio/people",
      version: BUNDLE_VERSION,
      peopleCount: plan.count,
      pagedByLetter: plan.paged,
      letters,
      people: plan.listed,
      ...(filter === undefined ? {} : { filter }),
    },
    "index",
  );
  return {
    file: index.file,
    record: plan.paged ? { count: plan.count, letters: kept, pieces, filter: levels, pool: plan.pool } : null,
  };
}

function buildIssue(
  paper: ContentPaper,
  content: ContentIssue,
  report: BuildReport,
  read?: ReadonlyMap<string, ParsedPage>,
  images?: ContentImages,
): Issue {
  // An article's parts on two pages of the issue (下转/上接) are linked to each other.
  return linkIssueJumps({
    type: "folio/issue",
    version: BUNDLE_VERSION,
    paper: { id: paper.id, name: paper.meta.name, nameNote: paper.meta.nameNote ?? null },
    date: content.meta.date,
    dateApproximate: content.meta.dateApproximate ?? false,
    dateNote: content.meta.dateNote ?? null,
    pages: content.pages.map((page) => {
      const parsed = page.kind === "text" ? (read?.get(page.file) ?? readPage(page.text)) : page.page;
      // A structured page's line numbers are in the file it was imported from, so warnings name that.
      const where = page.kind === "structured" ? { file: page.page.source, via: page.file } : { file: page.file };
      for (const warning of parsed.warnings) report.warnings.push({ ...where, warning });
      for (const u of parsed.unassigned) {
        report.warnings.push({ ...where, warning: { lines: u.lines, message: u.warning } });
      }
      report.articles += parsed.articles.length;
      const built: Issue["pages"][number] = {
        no: page.no,
        name: page.name,
        articles: parsed.articles.map((a) => ({ ...a, id: `${page.no}-${a.seq}` })),
        unassigned: parsed.unassigned,
        ...(parsed.pdf === undefined ? {} : { pdf: parsed.pdf }),
      };
      const drawn = page.kind === "pdf" ? images?.pages.get(pageImagesKey(page.file, page.pdfPage)) : undefined;
      return drawn === undefined ? built : withImages(built, drawn);
    }),
  });
}

/** A PDF page with the images the build drew: the page image and thumbnail, each photo's crop. */
function withImages(page: Issue["pages"][number], drawn: PageImages): Issue["pages"][number] {
  return {
    ...page,
    articles: page.articles.map((article) =>
      article.photos === undefined
        ? article
        : {
            ...article,
            photos: article.photos.map((photo) => {
              const image = drawn.photos.get(photoKey(photo.box));
              return image === undefined ? photo : { ...photo, image };
            }),
          },
    ),
    ...(page.pdf === undefined ? {} : { pdf: { ...page.pdf, image: drawn.image, thumb: drawn.thumb } }),
  };
}

function serialise<T>(schema: z.ZodMiniType<T>, value: T, what: string): string {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`bundle ${what} fails the schema:\n${z.prettifyError(result.error)}`);
  return JSON.stringify(result.data);
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, HASH_LENGTH);
}
