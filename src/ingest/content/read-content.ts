import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import * as z from "zod/mini";
import { RESERVED_PAPER_IDS, type ParsedPage } from "@/bundle/schema";
import { CliError } from "../cli-error";
import { readTextFile } from "../read-text-file";
import type { BuiltIssue } from "../cache/issue-cache";
import {
  issueMetaSchema,
  paperMetaSchema,
  structuredPageSchema,
  type IssueMeta,
  type PaperMeta,
  type StructuredPage,
} from "./content-schema";

/**
 * A page of `content/`: text still to be parsed, a PDF page parsed on reading (PDF.js is
 * asynchronous), or a structured page already in articles.
 */
export type ContentPage = { no: number; name: string | null; file: string } & (
  | { kind: "text"; text: string }
  /** `pdfPage`: which page of the PDF file (from 1); its images are drawn at build from the file. */
  | { kind: "pdf"; page: ParsedPage; pdfPage: number }
  | { kind: "structured"; page: StructuredPage }
);

/** One issue of `content/`, its metadata checked and its pages decoded or validated. */
export interface ContentIssue {
  dir: string;
  meta: IssueMeta;
  /** Empty when `cached.built` is set: the issue was not read again. */
  pages: ContentPage[];
  /** Its key in the build's issue cache, and what an earlier build made of it when that is still current. */
  cached?: { key: string; built?: BuiltIssue };
}

/**
 * The build's issue cache, asked before an issue's pages are read (`cache/issue-cache.ts`):
 * `built` set means the issue is unchanged since a build that made it, and its pages are not read.
 */
export type IssueLookup = (
  paper: { id: string; meta: PaperMeta },
  dir: string,
  files: readonly string[],
) => Promise<{ key: string; built?: BuiltIssue }>;

/**
 * Issue metadata remembered by the bytes of `issue.json` (`cache/issue-cache.ts`): `get` gives what
 * was read from it when it had the same bytes, so an unchanged `issue.json` is not read and
 * validated again; `put` remembers what was read.
 */
export interface IssueMetaMemo {
  get: (dir: string, metaPath: string) => Promise<IssueMeta | undefined>;
  put: (dir: string, metaPath: string, meta: IssueMeta) => Promise<void>;
}

export interface ContentPaper {
  id: string;
  dir: string;
  meta: PaperMeta;
  issues: ContentIssue[];
}

const PAPER_ID = /^[a-z0-9][a-z0-9-]*$/u;
const ISSUE_DIR = /^\d{4}-\d{2}-\d{2}$/u;

/** How a PDF page is parsed: `folio build` passes one that goes through its result cache. */
export type ReadPdfPage = (path: string, pdfPage: number) => Promise<ParsedPage>;

/** PDF.js is loaded only by content that has PDF pages (it takes a second to load). */
const parsePdfPage: ReadPdfPage = async (path, pdfPage) => {
  const { readPdfFilePage } = await import("../read-pdf-page");
  return readPdfFilePage(path, pdfPage);
};

/**
 * Reads several content folders side by side (`content/`, `content-archive/`…), in the order given.
 * A paper id may appear in one folder only: two folders for one paper would be two sources of truth.
 */
export async function readContentDirs(
  contentDirs: readonly string[],
  readPdfPage: ReadPdfPage = parsePdfPage,
  lookup?: IssueLookup,
  metas?: IssueMetaMemo,
): Promise<ContentPaper[]> {
  if (contentDirs.length === 0) throw new CliError("no content folder given");
  const all = await Promise.all(contentDirs.map((dir) => readContent(dir, readPdfPage, lookup, metas)));
  const papers = all.flat();
  const seen = new Map<string, string>();
  for (const paper of papers) {
    const other = seen.get(paper.id);
    if (other !== undefined)
      throw new CliError(`paper "${paper.id}" is in two content folders: ${other} and ${paper.dir}`);
    seen.set(paper.id, paper.dir);
  }
  return papers;
}

/** Reads every paper and issue under `contentDir`. Bad metadata is an error naming file and field. */
export async function readContent(
  contentDir: string,
  readPdfPage: ReadPdfPage = parsePdfPage,
  lookup?: IssueLookup,
  metas?: IssueMetaMemo,
): Promise<ContentPaper[]> {
  const entries = await readdir(contentDir, { withFileTypes: true }).catch(() => {
    throw new CliError(`${contentDir}: no such content folder`);
  });
  const papers: ContentPaper[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(contentDir, entry.name);
    if (!PAPER_ID.test(entry.name)) {
      throw new CliError(`${dir}: a paper folder is named by its id (lower-case letters, digits, dashes)`);
    }
    if (RESERVED_PAPER_IDS.includes(entry.name)) {
      throw new CliError(`${dir}: "${entry.name}" is a path the reader uses itself; name the paper otherwise`);
    }
    const meta = await readJson(join(dir, "paper.json"), paperMetaSchema);
    const issueDirs = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && ISSUE_DIR.test(e.name))
      .map((e) => e.name)
      .sort();
    const paper = { id: entry.name, meta };
    const issues = await Promise.all(
      issueDirs.map((name) =>
        readIssue(join(dir, name), name, readPdfPage, lookup && ((...a) => lookup(paper, ...a)), metas),
      ),
    );
    papers.push({ id: entry.name, dir, meta, issues });
  }
  if (papers.length === 0) throw new CliError(`${contentDir}: no paper folders (expected <paper-id>/paper.json)`);
  return papers;
}

async function readIssue(
  dir: string,
  folderDate: string,
  readPdfPage: ReadPdfPage,
  lookup?: (dir: string, files: readonly string[]) => ReturnType<IssueLookup>,
  metas?: IssueMetaMemo,
): Promise<ContentIssue> {
  const metaPath = join(dir, "issue.json");
  let meta = await metas?.get(dir, metaPath).catch(() => undefined);
  if (meta === undefined) {
    meta = await readJson(metaPath, issueMetaSchema);
    await metas?.put(dir, metaPath, meta);
  }
  if (meta.date !== folderDate) {
    throw new CliError(`${metaPath}: date ${meta.date} does not match its folder ${folderDate}`);
  }
  // Issues with PDF pages are not looked up: their pages and images have caches of their own.
  const files = meta.pages.map((page) => join(dir, page.file));
  const cached =
    lookup === undefined || files.some((file) => file.endsWith(".pdf"))
      ? undefined
      : await lookup(dir, [metaPath, ...files]).catch(() => undefined);
  if (cached?.built !== undefined) return { dir, meta, pages: [], cached };
  const seen = new Set<number>();
  const pages = await Promise.all(
    meta.pages.map(async (page) => {
      if (seen.has(page.no)) throw new CliError(`${metaPath}: page ${page.no} is listed twice`);
      seen.add(page.no);
      const path = join(dir, page.file);
      const base = { no: page.no, name: page.name ?? null, file: path };
      if (path.endsWith(".json")) {
        return { ...base, kind: "structured" as const, page: await readJson(path, structuredPageSchema) };
      }
      if (path.endsWith(".pdf")) {
        const pdfPage = page.pdfPage ?? 1;
        return { ...base, kind: "pdf" as const, pdfPage, page: await readPdfPage(path, pdfPage) };
      }
      const read = await readTextFile(path);
      if (!read.ok) throw new CliError(read.error);
      return { ...base, kind: "text" as const, text: read.text };
    }),
  );
  return { dir, meta, pages: pages.sort((a, b) => a.no - b.no), ...(cached && { cached }) };
}

async function readJson<T>(path: string, schema: z.ZodMiniType<T>): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    throw new CliError(`${path}: missing`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new CliError(`${relative(process.cwd(), path)}: ${z.prettifyError(result.error)}`);
  return result.data;
}
