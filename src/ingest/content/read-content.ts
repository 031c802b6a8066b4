import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import * as z from "zod/mini";
import { CliError } from "../commands/cli-error";
import { readTextFile } from "../read-text-file";
import { issueMetaSchema, paperMetaSchema, type IssueMeta, type PaperMeta } from "./content-schema";

/** One issue of `content/`, its metadata checked and its page texts decoded. */
export interface ContentIssue {
  dir: string;
  meta: IssueMeta;
  pages: { no: number; name: string | null; file: string; text: string }[];
}

export interface ContentPaper {
  id: string;
  dir: string;
  meta: PaperMeta;
  issues: ContentIssue[];
}

const PAPER_ID = /^[a-z0-9][a-z0-9-]*$/u;
const ISSUE_DIR = /^\d{4}-\d{2}-\d{2}$/u;

/** Reads every paper and issue under `contentDir`. Bad metadata is an error naming file and field. */
export async function readContent(contentDir: string): Promise<ContentPaper[]> {
  const entries = await readdir(contentDir, { withFileTypes: true }).catch(() => {
    throw new CliError(`${contentDir}: no such content folder`);
  });
  const papers: ContentPaper[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(contentDir, entry.name);
    if (!PAPER_ID.test(entry.name)) {
      throw new CliError(`${dir}: a paper folder is named by its id (lower-case letters, digits, dashes)`);
    }
    const meta = await readJson(join(dir, "paper.json"), paperMetaSchema);
    const issueDirs = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && ISSUE_DIR.test(e.name))
      .map((e) => e.name)
      .sort();
    const issues = await Promise.all(issueDirs.map((name) => readIssue(join(dir, name), name)));
    papers.push({ id: entry.name, dir, meta, issues });
  }
  if (papers.length === 0) throw new CliError(`${contentDir}: no paper folders (expected <paper-id>/paper.json)`);
  return papers;
}

async function readIssue(dir: string, folderDate: string): Promise<ContentIssue> {
  const metaPath = join(dir, "issue.json");
  const meta = await readJson(metaPath, issueMetaSchema);
  if (meta.date !== folderDate) {
    throw new CliError(`${metaPath}: date ${meta.date} does not match its folder ${folderDate}`);
  }
  const seen = new Set<number>();
  const pages = await Promise.all(
    meta.pages.map(async (page) => {
      if (seen.has(page.no)) throw new CliError(`${metaPath}: page ${page.no} is listed twice`);
      seen.add(page.no);
      const path = join(dir, page.file);
      const read = await readTextFile(path);
      if (!read.ok) throw new CliError(read.error);
      return { no: page.no, name: page.name ?? null, file: path, text: read.text };
    }),
  );
  return { dir, meta, pages: pages.sort((a, b) => a.no - b.no) };
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
