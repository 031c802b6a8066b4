import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  restoreIssue,
  restorePageText,
  restoreManifest,
  restorePeopleDir,
  restorePeopleDirectory,
  restorePeopleIndex,
  restorePeopleLetter,
  restorePeoplePart,
  restorePeopleShard,
  restoreYearIndex,
} from "../../src/bundle/restore";
import type {
  IssueFile,
  PageText,
  PeopleDir,
  PeopleLetter,
  PeoplePart,
  PeopleShard,
  YearIndex,
} from "../../src/bundle/schema";
import type { PrerenderBundle } from "../../src/app/routes/route-table";
import { currentManifestFile } from "../../src/ingest/bundle-pointer";
import { LazyFileMap } from "./lazy-files";

/**
 * The bundle in a data folder, validated as the app validates it, for the prerender's route table.
 * The files that say where the others are (manifest, year files, the people index, its letter
 * files, the directory and its directory files) are read at once; issues, their pages' text, the
 * letters' parts and people shards, which grow with the archive, when a page reads them
 * (`LazyFileMap`), so a page costs what it reads, not the archive (an issue page reads the issue
 * file and the text of the page it shows).
 */
export async function readPrerenderBundle(
  dataDir: string,
  options: {
    /**
     * The page text files' names, asked for when first needed (`IssueOutlines.textFiles`: from the
     * issues, without a walk of `issues/`). Without it, the data folder is walked.
     */
    pageTextFiles?: () => Iterable<string>;
  } = {},
): Promise<PrerenderBundle> {
  const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(dataDir, file), "utf8"));
  const readNow = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), "utf8"));
  const manifest = restoreManifest(await read(currentManifestFile(dataDir)));
  const years = new Map<string, YearIndex>();
  const issueFiles: string[] = [];
  for (const paper of manifest.papers) {
    for (const entry of paper.years) {
      const year = restoreYearIndex(await read(entry.file));
      years.set(entry.file, year);
      for (const issue of year.issues) issueFiles.push(issue.file);
    }
  }
  const issues = new LazyFileMap<IssueFile>(issueFiles, (file) => restoreIssue(readNow(file)));
  const pageTexts = new LazyFileMap<PageText>(options.pageTextFiles ?? (await pageTextFiles(dataDir)), (file) =>
    restorePageText(readNow(file)),
  );
  let people: PrerenderBundle["people"] = null;
  if (manifest.people !== undefined) {
    const index = restorePeopleIndex(await read(manifest.people.index));
    const letters = new Map<string, PeopleLetter>();
    const partFiles: string[] = [];
    for (const { file } of index.letters) {
      if (file === undefined) continue;
      const letter = restorePeopleLetter(await read(file));
      letters.set(file, letter);
      partFiles.push(...letter.parts.map((part) => part.file));
    }
    // A letter's parts, like the shards, are read when a page shows them (an archive has hundreds).
    const parts = new LazyFileMap<PeoplePart>(partFiles, (file) => restorePeoplePart(readNow(file)));
    const directory = restorePeopleDirectory(await read(manifest.people.directory));
    const dirs = new Map<string, PeopleDir>();
    const shardFiles: string[] = [];
    for (const file of directory.directories) {
      const dir = restorePeopleDir(await read(file));
      dirs.set(file, dir);
      shardFiles.push(...dir.shards);
    }
    const shards = new LazyFileMap<PeopleShard>(shardFiles, (file) => restorePeopleShard(readNow(file)));
    people = {
      indexFile: manifest.people.index,
      index,
      letters,
      parts,
      directoryFile: manifest.people.directory,
      directory,
      dirs,
      shards,
    };
  }
  return { manifest, years, issues, pageTexts, people };
}

/**
 * The page text files of the data folder (`issues/<paper>/<date>/<page>.<hash>.json`), by name
 * only, from a walk of `issues/` (a folder an issue: the prerender lists them from the issues'
 * kept outlines instead, `IssueOutlines.textFiles`).
 */
async function pageTextFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, "issues"), { recursive: true }).catch(() => []);
  return names.filter((name) => PAGE_TEXT_NAME.test(name)).map((name) => `issues/${name}`);
}

/** A page text file's path under `issues/` (see `writeIssue` in `src/ingest/write-bundle.ts`). */
const PAGE_TEXT_NAME = /^[^/]+\/\d{4}-\d{2}-\d{2}\/\d+\.[0-9a-f]{12}\.json$/u;
