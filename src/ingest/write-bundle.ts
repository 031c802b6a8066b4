import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as z from "zod/mini";
import {
  BUNDLE_VERSION,
  issueSchema,
  manifestSchema,
  peopleIndexSchema,
  peopleShardSchema,
  type Issue,
  type Manifest,
  type ParseWarning,
} from "@/bundle/schema";
import { manifestFileName, POINTER_FILE, type Pointer } from "@/bundle/data-files";
import { CliError } from "./cli-error";
import type { ContentIssue, ContentPaper } from "./content/read-content";
import { SEARCH_ENTRY_FILE } from "@/bundle/search-schema";
import { buildPeopleIndex } from "./people-index/build-people-index";
import { issueDocuments } from "./search-index/issue-documents";
import { writeSearchIndex } from "./search-index/write-search-index";
import { readPage } from "./read-page";

/**
 * Builds the bundle the app reads: `manifest.<hash>.json` (papers and issues; `latest.json` names it
 * for build tools) and one content-hashed, immutable file per issue, so a deployment's files never
 * mix with another's. Every file is validated against the bundle schema before it is written; the
 * folder is replaced as a whole.
 */
export interface BuildReport {
  issues: number;
  articles: number;
  bytes: number;
  /** `file` is what the line numbers refer to; `via` the content file that carried the warning. */
  warnings: { file: string; via?: string; warning: ParseWarning }[];
}

export interface BuildOptions {
  outDir: string;
  onProgress?: (done: number, total: number) => void;
}

/** Length of the content hash in issue file names: 48 bits, no collision in any real archive. */
export const HASH_LENGTH = 12;

export async function writeBundle(papers: readonly ContentPaper[], options: BuildOptions): Promise<BuildReport> {
  const defaults = papers.filter((p) => p.meta.isDefault === true);
  if (papers.length > 1 && defaults.length !== 1) {
    throw new CliError(`exactly one paper.json must set "isDefault": true (found ${defaults.length})`);
  }
  const staging = `${options.outDir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const report: BuildReport = { issues: 0, articles: 0, bytes: 0, warnings: [] };
  const total = papers.reduce((n, p) => n + p.issues.length, 0);
  const manifest: Manifest = { type: "folio/manifest", version: BUNDLE_VERSION, papers: [] };
  const built: Issue[] = [];
  for (const paper of papers) {
    const entries: Manifest["papers"][number]["issues"] = [];
    for (const content of paper.issues) {
      const issue = buildIssue(paper, content, report);
      built.push(issue);
      const json = serialise(issueSchema, issue, `${content.dir}`);
      const file = `issues/${paper.id}/${issue.date}.${hash(json)}.json`;
      await writeOut(join(staging, file), json);
      report.bytes += Buffer.byteLength(json);
      report.issues++;
      entries.push({
        date: issue.date,
        dateApproximate: issue.dateApproximate,
        dateNote: issue.dateNote,
        file,
        pages: issue.pages.map((p) => ({ no: p.no, name: p.name, articleCount: p.articles.length })),
      });
      options.onProgress?.(report.issues, total);
    }
    manifest.papers.push({
      id: paper.id,
      name: paper.meta.name,
      nameNote: paper.meta.nameNote ?? null,
      isDefault: papers.length === 1 || paper.meta.isDefault === true,
      issues: entries.sort((a, b) => b.date.localeCompare(a.date)),
    });
  }
  manifest.people = await writePeople(staging, built, report);
  manifest.search = await writeSearch(staging, built, report);
  const manifestJson = serialise(manifestSchema, manifest, "manifest");
  const manifestFile = manifestFileName(hash(manifestJson));
  await writeOut(join(staging, manifestFile), manifestJson);
  await writeOut(join(staging, POINTER_FILE), `${JSON.stringify({ manifest: manifestFile } satisfies Pointer)}\n`);
  report.bytes += Buffer.byteLength(manifestJson);
  await rm(options.outDir, { recursive: true, force: true });
  await mkdir(dirname(options.outDir), { recursive: true });
  await rename(staging, options.outDir);
  return report;
}

/**
 * The search index of every article, in `search/`; its entry is renamed after its content so that
 * the manifest names this build's index (the other files' names carry the index's build id).
 */
async function writeSearch(staging: string, issues: readonly Issue[], report: BuildReport): Promise<string> {
  const dir = join(staging, "search");
  const written = await writeSearchIndex(issues.flatMap(issueDocuments), dir);
  const entryJson = await readFile(join(dir, SEARCH_ENTRY_FILE), "utf8");
  const entry = `index.${hash(entryJson)}.json`;
  await rename(join(dir, SEARCH_ENTRY_FILE), join(dir, entry));
  report.bytes += written.bytes;
  return `search/${entry}`;
}

/** The people index and its shards (one per initial letter), each content-hashed; the index's path. */
async function writePeople(staging: string, issues: readonly Issue[], report: BuildReport): Promise<string> {
  const { people, shards } = buildPeopleIndex(issues);
  const shardFiles = new Map<string, string>();
  for (const [letter, details] of shards) {
    const json = serialise(
      peopleShardSchema,
      { type: "folio/people-shard", version: BUNDLE_VERSION, people: details },
      `people ${letter}`,
    );
    const file = `people/${letter === "#" ? "other" : letter.toLowerCase()}.${hash(json)}.json`;
    await writeOut(join(staging, file), json);
    report.bytes += Buffer.byteLength(json);
    shardFiles.set(letter, file);
  }
  const index = {
    type: "folio/people" as const,
    version: BUNDLE_VERSION,
    people,
    shards: Object.fromEntries(shardFiles),
  };
  const json = serialise(peopleIndexSchema, index, "people index");
  const file = `people/index.${hash(json)}.json`;
  await writeOut(join(staging, file), json);
  report.bytes += Buffer.byteLength(json);
  return file;
}

function buildIssue(paper: ContentPaper, content: ContentIssue, report: BuildReport): Issue {
  return {
    type: "folio/issue",
    version: BUNDLE_VERSION,
    paper: { id: paper.id, name: paper.meta.name, nameNote: paper.meta.nameNote ?? null },
    date: content.meta.date,
    dateApproximate: content.meta.dateApproximate ?? false,
    dateNote: content.meta.dateNote ?? null,
    pages: content.pages.map((page) => {
      const parsed = page.kind === "text" ? readPage(page.text) : page.page;
      // A structured page's line numbers are in the file it was imported from, so warnings name that.
      const where = page.kind === "structured" ? { file: page.page.source, via: page.file } : { file: page.file };
      for (const warning of parsed.warnings) report.warnings.push({ ...where, warning });
      for (const u of parsed.unassigned) {
        report.warnings.push({ ...where, warning: { lines: u.lines, message: u.warning } });
      }
      report.articles += parsed.articles.length;
      return {
        no: page.no,
        name: page.name,
        articles: parsed.articles.map((a) => ({ ...a, id: `${page.no}-${a.seq}` })),
        unassigned: parsed.unassigned,
        ...(parsed.pdf === undefined ? {} : { pdf: parsed.pdf }),
      };
    }),
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

async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
