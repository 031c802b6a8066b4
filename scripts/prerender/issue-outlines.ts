import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { IssueFile } from "../../src/bundle/schema";
import type { IssueOutline } from "../../src/app/routes/route-table";

/**
 * Each issue's outline (date, page numbers, article numbers: what the route table lists its pages
 * from; and its pages' text files, which the prerender's bundle lists without a walk of the data
 * folder's `issues/`, a folder an issue), kept between builds by the issue's file name. Issue files are named by their content, so
 * an outline kept under a name is that file's for good: listing the pages of an archive reads only
 * the issues new since the last build, not every issue. Only the outlines of the bundle's current
 * issues are saved, so the file stays the archive's size.
 */
export const OUTLINES_FILE = ".cache/prerender/outlines.json";

/** An issue's outline as kept: what the route table reads, and its pages' text files. */
export interface KeptOutline extends IssueOutline {
  texts: string[];
}

export class IssueOutlines {
  readonly stats = { kept: 0, read: 0 };
  private readonly used = new Map<string, KeptOutline>();

  private constructor(
    private readonly path: string,
    private readonly known: ReadonlyMap<string, KeptOutline>,
    private readonly issues: ReadonlyMap<string, IssueFile>,
  ) {}

  /** The outlines kept at `path`, and the bundle's issues to read those it lacks. */
  static async open(path: string, issues: ReadonlyMap<string, IssueFile>): Promise<IssueOutlines> {
    let known = new Map<string, KeptOutline>();
    try {
      const kept = Object.entries(JSON.parse(await readFile(path, "utf8")) as Record<string, Partial<KeptOutline>>);
      // An outline kept before the text files were (no `texts`) is made again from its issue.
      known = new Map(kept.filter((entry): entry is [string, KeptOutline] => entry[1].texts !== undefined));
    } catch {
      // None kept yet (or unreadable): every issue is read once.
    }
    return new IssueOutlines(path, known, issues);
  }

  get(file: string): KeptOutline | undefined {
    let outline = this.used.get(file) ?? this.known.get(file);
    if (outline === undefined) {
      const issue = this.issues.get(file);
      if (issue === undefined) return undefined;
      outline = outlineOf(issue);
      this.stats.read++;
    } else if (!this.used.has(file)) this.stats.kept++;
    this.used.set(file, outline);
    return outline;
  }

  /** The page text files of these issues (the bundle's), from their outlines: no folder walked. */
  textFiles(files: Iterable<string>): string[] {
    const texts: string[] = [];
    for (const file of files) texts.push(...(this.get(file)?.texts ?? []));
    return texts;
  }

  /** Saves the outlines asked for in this build (those of the bundle's issues). */
  async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(Object.fromEntries(this.used)));
    await rename(temp, this.path);
  }
}

export function outlineOf(issue: IssueFile): KeptOutline {
  return {
    date: issue.date,
    pages: issue.pages.map((page) => ({ no: page.no, articles: page.articles.map((a) => ({ seq: a.seq })) })),
    texts: issue.pages.flatMap((page) => (page.text === undefined ? [] : [page.text])),
  };
}
