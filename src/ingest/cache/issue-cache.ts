import { statSync } from "node:fs";
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Issue, IssueEntry, IssueFile, PageText, ParseWarning } from "@/bundle/schema";
import { joinIssue } from "@/bundle/issue-text";
import type { IssueLookup, IssueMetaMemo } from "../content/read-content";
import type { IssueMeta } from "../content/content-schema";
import { IssueLedger } from "./issue-ledger";
import type { DocUnit } from "../search-index/doc-sources";
import { FileDigests } from "./file-digests";
import { ResultCache } from "./result-cache";

/**
 * What `folio build` made of one issue, cached by the issue's content: the key is a hash of its
 * paper's metadata, its folder and every file it is made from (`issue.json` and the page files,
 * each by its digest: `file-digests.ts`), in the result cache of the running code's version (so a
 * change to the parser, the people model or the bundle writer misses). A hit names the issue file
 * the build wrote then; it is used only while that file is still in the output (same size), so an
 * unchanged issue of a large archive costs a few stats, not a read, a parse and a validation.
 * Issues with PDF pages are not cached here: their pages and images have their own caches
 * (`pdf-page`, `page-images`) and their image files are copied in by the build.
 */
export const ISSUE_CACHE = "issue";

export interface BuiltIssue {
  /** The issue file in the bundle, relative to its data folder. */
  file: string;
  /** Every file the build wrote for the issue (the issue file among them), with its size. */
  files: [string, number][];
  entry: IssueEntry;
  articles: number;
  /** The build's warnings for this issue, in the order it gave them. */
  warnings: { file: string; via?: string; warning: ParseWarning }[];
  /**
   * Its search documents summed up (`search-index/doc-sources.ts`; null: it has none): an unchanged
   * issue is not read for the index, nor its documents' digests kept (read from the issue when a
   * segment holding it is named for the first time).
   */
  search: DocUnit | null;
}

export interface IssueCacheStats {
  hits: number;
  misses: number;
}

export class IssueCache {
  readonly stats: IssueCacheStats = { hits: 0, misses: 0 };
  /** The issue folder each key was looked up for: its ledger entry takes what the build made. */
  private readonly dirOf = new Map<string, string>();

  private constructor(
    private readonly cache: ResultCache,
    readonly digests: FileDigests,
    /** The bundle's data folder: a hit stands only while its issue file is there. */
    private readonly outDir: string,
    /** Each issue folder's metadata and record, a file per month (`issue-ledger.ts`): no read per unchanged issue. */
    readonly ledger: IssueLedger,
  ) {}

  /** The issue cache in `cacheDir` (the result cache's folder, the running code's version) for the bundle in `outDir`. */
  static async open(cacheDir: string, outDir: string): Promise<IssueCache> {
    const cache = await ResultCache.open(cacheDir);
    const versionDir = join(cacheDir, cache.version);
    await mkdir(versionDir, { recursive: true });
    // Kept in one file by earlier builds, now in the ledger's month files.
    await rm(join(versionDir, "file-digests.json"), { force: true });
    const ledger = new IssueLedger(join(versionDir, "ledger"));
    return new IssueCache(cache, new FileDigests(ledger), outDir, ledger);
  }

  /** For `readContentDirs`: an issue's key, and what a build made of it if that is still current. */
  readonly lookup: IssueLookup = async (paper, dir, files) => {
    const key = await this.key(paper, dir, files);
    this.dirOf.set(key, dir);
    const built = await this.find(key, dir);
    return built === undefined ? { key } : { key, built };
  };

  /** For `readContentDirs`: an issue's metadata from the ledger while its `issue.json` has the bytes it was read from. */
  readonly metas: IssueMetaMemo = {
    get: async (dir, metaPath) => {
      const digest = await this.digests.digest(metaPath);
      const known = (await this.ledger.get(dir))?.meta;
      if (known?.[0] !== digest) return undefined;
      this.ledger.set(dir, { meta: known });
      return known[1] as IssueMeta;
    },
    put: async (dir, metaPath, meta) => {
      this.ledger.set(dir, { meta: [await this.digests.digest(metaPath), meta] });
    },
  };

  /** The key of an issue: its paper's id and metadata, its folder, and the digests of its files in order. */
  async key(paper: { id: string; meta: unknown }, dir: string, files: readonly string[]): Promise<string> {
    const parts = [paper.id, JSON.stringify(paper.meta), dir];
    for (const file of files) parts.push(file, await this.digests.digest(file));
    return ResultCache.key(...parts);
  }

  /** The issue as an earlier build made it (from the ledger of `dir`, else the result cache), if its files are still in the output. */
  async find(key: string, dir?: string): Promise<BuiltIssue | undefined> {
    const known = dir === undefined ? undefined : (await this.ledger.get(dir))?.built;
    const built = known?.[0] === key ? (known[1] as BuiltIssue) : await this.cache.get<BuiltIssue>(ISSUE_CACHE, key);
    if (built === undefined || !this.intact(built)) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    if (dir !== undefined) this.ledger.set(dir, { built: [key, built] });
    return built;
  }

  /** Every file of the issue is in the output, at the size it was written (synchronous stats: see `FileDigests.digest`). */
  private intact(built: BuiltIssue): boolean {
    for (const [file, bytes] of built.files) {
      const there = statSync(join(this.outDir, file), { throwIfNoEntry: false });
      if (there?.size !== bytes) return false;
    }
    return true;
  }

  /** Remembers what the build made of an issue: `files` as recorded by the writer, sized here. */
  async record(key: string, made: Omit<BuiltIssue, "files">, files: readonly string[]): Promise<void> {
    const sized: [string, number][] = [];
    for (const file of new Set(files)) sized.push([file, (await stat(join(this.outDir, file))).size]);
    await this.put(key, { ...made, files: sized });
  }

  async put(key: string, built: BuiltIssue): Promise<void> {
    await this.cache.put(ISSUE_CACHE, key, built);
    const dir = this.dirOf.get(key);
    if (dir !== undefined) this.ledger.set(dir, { built: [key, built] });
  }

  /** Keeps the ledger (with the file digests) for the next build. */
  async save(): Promise<void> {
    await this.ledger.save();
  }
}

/**
 * An issue an earlier build wrote (validated then, named by its content's hash), read back whole
 * (its file and its pages' text files, joined) for the indexes built over every issue (people,
 * search); not validated again.
 */
export async function readBuiltIssue(outDir: string, file: string): Promise<Issue> {
  const read = async (name: string): Promise<unknown> => JSON.parse(await readFile(join(outDir, name), "utf8"));
  const issue = (await read(file)) as IssueFile;
  const texts = new Map<string, PageText>();
  for (const page of issue.pages)
    if (page.text !== undefined) texts.set(page.text, (await read(page.text)) as PageText);
  return joinIssue(issue, (text) => texts.get(text)!);
}
