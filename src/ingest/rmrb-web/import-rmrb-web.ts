import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { STRUCTURED_PAGE_VERSION, type StructuredPage } from "../content/content-schema";
import { CliError } from "../cli-error";
import { decodeText } from "../read-text-file";
import { pageFileName, type ImportedIssue } from "../pfr/import-pfr";
import { parseArticleFileName, type ArticleFileName } from "./article-file-name";
import { articleLines } from "./article-lines";
import { buildWebArticle } from "./build-web-article";

/**
 * A folder of People's Daily e-paper texts (`rmrb-web/<YYYY-MM>/<YYYYMMDD>/<YYYYMMDD-PP-SS>.txt`,
 * or any folder below it) → issues of structured pages, one article per file. Every `.txt` file
 * must be an article file (else a clear error naming it); other files (a README) are listed as
 * skipped. A file that cannot be decoded is an error; an empty one a warning (it holds nothing).
 */
export interface WebImportWarning {
  file: string;
  line: number;
  message: string;
}

export interface WebImport {
  issues: ImportedIssue[];
  warnings: WebImportWarning[];
  skippedFiles: string[];
  counts: { issues: number; pages: number; articles: number; paragraphs: number };
}

interface ArticleFile extends ArticleFileName {
  path: string;
  name: string;
}

export async function importRmrbWeb(
  folder: string,
  onProgress?: (done: number, total: number) => void,
): Promise<WebImport> {
  const { articles, skippedFiles } = await listArticleFiles(folder);
  if (articles.length === 0) throw new CliError(`${folder}: no article files (YYYYMMDD-PP-SS.txt) in this folder`);
  const warnings: WebImportWarning[] = [];
  const counts = { issues: 0, pages: 0, articles: 0, paragraphs: 0 };
  const byDate = new Map<string, Map<number, StructuredPage["articles"]>>();
  for (const [at, file] of articles.entries()) {
    onProgress?.(at, articles.length);
    const decoded = decodeText(await readFile(file.path));
    if (!decoded.ok) {
      if (decoded.error === "the file is empty") {
        warnings.push({ file: file.path, line: 1, message: "empty file: no article" });
        continue;
      }
      throw new CliError(`${file.path}: ${decoded.error}`);
    }
    const lines = articleLines(decoded.text);
    if (lines.headline === "" && lines.kicker === "" && lines.subheadline === "" && lines.paragraphs.length === 0) {
      warnings.push({ file: file.path, line: 1, message: "no text in the file: no article" });
      continue;
    }
    if (lines.headline === "")
      warnings.push({ file: file.path, line: 2, message: "no headline on line 2: the article has no title" });
    const pages = byDate.get(file.date) ?? new Map<number, StructuredPage["articles"]>();
    byDate.set(file.date, pages);
    const list = pages.get(file.page) ?? [];
    pages.set(file.page, list);
    list.push(buildWebArticle(lines, file.seq, file.name));
    counts.articles++;
    counts.paragraphs += lines.paragraphs.length;
  }
  const issues = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, pages]): ImportedIssue => {
      counts.issues++;
      const imported = [...pages.entries()]
        .sort(([a], [b]) => a - b)
        .map(([no, list]) => {
          counts.pages++;
          const page: StructuredPage = {
            type: "folio/structured-page",
            version: STRUCTURED_PAGE_VERSION,
            // Each article names its own file (`sourceFile`); the page names the day's folder.
            source: date.replaceAll("-", ""),
            articles: list.sort((a, b) => a.seq - b.seq),
            unassigned: [],
            warnings: [],
          };
          return { no, file: pageFileName(no), page };
        });
      return {
        meta: {
          date,
          dateApproximate: false,
          dateNote: null,
          pages: imported.map((p) => ({ no: p.no, name: null, file: p.file })),
        },
        pages: imported,
      };
    });
  return { issues, warnings, skippedFiles, counts };
}

/** Every article file under `folder` in date, page and order sequence; what else is there. */
async function listArticleFiles(folder: string): Promise<{ articles: ArticleFile[]; skippedFiles: string[] }> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${folder}: no such folder`);
    if (code === "ENOTDIR") throw new CliError(`${folder}: not a folder (give the folder of the e-paper texts)`);
    throw error;
  }
  const articles: ArticleFile[] = [];
  const skippedFiles: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!entry.name.endsWith(".txt")) {
      skippedFiles.push(relative(folder, path));
      continue;
    }
    const name = parseArticleFileName(basename(path));
    if (name === null)
      throw new CliError(`${path}: not an article file name (expected YYYYMMDD-PP-SS.txt: date, page, order)`);
    articles.push({ ...name, path, name: entry.name });
  }
  articles.sort((a, b) => a.date.localeCompare(b.date) || a.page - b.page || a.seq - b.seq);
  for (let i = 1; i < articles.length; i++) {
    const [a, b] = [articles[i - 1]!, articles[i]!];
    if (a.date === b.date && a.page === b.page && a.seq === b.seq)
      throw new CliError(`${b.path}: the same article as ${a.path} (date, page and order)`);
  }
  return { articles, skippedFiles: skippedFiles.sort() };
}
