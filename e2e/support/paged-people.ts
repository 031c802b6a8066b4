import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUNDLE_VERSION, type Article, type Issue, type PeopleFilter } from "../../src/bundle/schema";
import { ChangedWriter } from "../../src/ingest/cache/write-changed";
import { writePeople, type BuildReport } from "../../src/ingest/write-bundle";
import { madeUpName } from "../../scripts/made-up-names";

/**
 * An archive's people index (thousands of people, a paged index whose filter's tree has two
 * levels), written by the build's own people stage into a temporary folder from made-up issues,
 * for a spec to serve in place of the seed's one-page index. Names are a surname and two given
 * characters, `count` of them, five an article.
 */

export interface PagedPeople {
  /** The folder holding `people/…` as the bundle does. */
  dir: string;
  /** The index file (for the manifest's `people.index`). */
  index: string;
  names: string[];
  /** Every filter file, level by level from the top, as written. */
  filterFiles: Map<string, PeopleFilter>;
}

export async function pagedPeople(count: number): Promise<PagedPeople> {
  const names = Array.from({ length: count }, (_, k) => madeUpName(k));
  const issues: Issue[] = [];
  const perIssue = 400;
  for (let at = 0; at * 5 < names.length; at += perIssue) {
    const articles: Article[] = [];
    for (let a = at; a < at + perIssue && a * 5 < names.length; a++) {
      const people = names.slice(a * 5, a * 5 + 5).map((name) => ({ name, roles: [] }));
      articles.push({
        id: `1-${a - at + 1}`,
        seq: a - at + 1,
        title: `会议${a}`,
        subtitles: [],
        byline: null,
        paragraphs: [`${people.map((p) => p.name).join("、")}出席会议。`],
        caption: null,
        people,
        sourceLines: [1, 2],
      });
    }
    const date = new Date(Date.UTC(2000, 0, 1 + issues.length)).toISOString().slice(0, 10);
    issues.push({
      type: "folio/issue",
      version: BUNDLE_VERSION,
      paper: { id: "syn", name: "测试报", nameNote: null },
      date,
      dateApproximate: false,
      dateNote: null,
      pages: [{ no: 1, name: null, articles, unassigned: [] }],
    });
  }
  const dir = await mkdtemp(join(tmpdir(), "folio-paged-people-"));
  const report: BuildReport = { issues: 0, articles: 0, bytes: 0, warnings: [] };
  const people = await writePeople(
    new ChangedWriter(dir),
    issues.map((issue) => ({ file: `issues/syn/${issue.date}.json`, load: async () => issue })),
    report,
  );
  const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(dir, file), "utf8"));
  const filterFiles = new Map<string, PeopleFilter>();
  const index = (await read(people.index)) as { filter?: string };
  const walk = async (file: string): Promise<void> => {
    const node = (await read(file)) as PeopleFilter;
    filterFiles.set(file, node);
    if (node.level > 1) for (const entry of node.entries) await walk(entry.file);
  };
  await walk(index.filter!);
  return { dir, index: people.index, names, filterFiles };
}
