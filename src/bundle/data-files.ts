/**
 * File names of the bundle. Content files (issues, people shards and index, the search index) are
 * content-hashed and immutable. The files that say where those are — the manifest, each paper's
 * year files, the people directory, its directory files and the person shards — keep a fixed name and are served with
 * a short cache (README, "Hosting at scale"): a new issue then changes them and the pages made from
 * what changed in them, never the app's code or the pages of other days (a hashed manifest name baked
 * into the app made every deployment rebuild the app and every page).
 */
export const MANIFEST_FILE = "manifest.json";

/** A paper's year file: that year's issues, oldest first. */
export function yearFileName(paperId: string, year: number): string {
  return `archive/${paperId}/${year}.json`;
}

/** The people directory and its directory files (where each person's shard is). */
export const PEOPLE_DIRECTORY_FILE = "people/directory.json";

export function peopleDirFileName(n: number): string {
  return `people/dir-${n}.json`;
}

/**
 * A shard of person details (a fixed name too: a person page names its shard, and a shard changes
 * whenever one of its few dozen people is in a new issue; the page changes only when its person does).
 */
export function peopleShardFileName(n: number): string {
  return `people/shard-${n}.json`;
}

/**
 * The kinds of file that keep a fixed name (the ones above). The prerender tracks what a page reads
 * of these value by value (`scripts/prerender/track-reads.ts`), of the content files file by file.
 */
export const FIXED_NAME_TYPES = [
  "folio/manifest",
  "folio/year",
  "folio/people-directory",
  "folio/people-dir",
  "folio/people-shard",
] as const;
