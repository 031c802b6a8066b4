import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  restoreIssue,
  restoreManifest,
  restorePeopleDir,
  restorePeopleDirectory,
  restorePeopleIndex,
  restorePeopleLetter,
  restorePeoplePart,
  restorePeopleShard,
  restoreYearIndex,
} from "../../src/bundle/restore";
import type { Issue, PeopleDir, PeopleLetter, PeoplePart, PeopleShard, YearIndex } from "../../src/bundle/schema";
import type { PrerenderBundle } from "../../src/app/routes/route-table";
import { currentManifestFile } from "../../src/ingest/bundle-pointer";
import { LazyFileMap } from "./lazy-files";

/**
 * The bundle in a data folder, validated as the app validates it, for the prerender's route table.
 * The files that say where the others are (manifest, year files, the people index, directory and
 * its directory files) are read at once; issues and people shards, which grow with the archive,
 * when a page reads them (`LazyFileMap`), so a page costs what it reads, not the archive.
 */
export async function readPrerenderBundle(dataDir: string): Promise<PrerenderBundle> {
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
  const issues = new LazyFileMap<Issue>(issueFiles, (file) => restoreIssue(readNow(file)));
  let people: PrerenderBundle["people"] = null;
  if (manifest.people !== undefined) {
    const index = restorePeopleIndex(await read(manifest.people.index));
    const letters = new Map<string, PeopleLetter>();
    const parts = new Map<string, PeoplePart>();
    for (const { file } of index.letters) {
      if (file === undefined) continue;
      const letter = restorePeopleLetter(await read(file));
      letters.set(file, letter);
      for (const part of letter.parts) parts.set(part.file, restorePeoplePart(await read(part.file)));
    }
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
  return { manifest, years, issues, people };
}
