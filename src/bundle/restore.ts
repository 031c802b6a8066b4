import * as z from "zod/mini";
import {
  BUNDLE_VERSION,
  issueSchema,
  issueShellSchema,
  manifestPaperSchema,
  manifestSchema,
  manifestShellSchema,
  pageHeadSchema,
  peopleDirSchema,
  peopleDirectorySchema,
  peopleFilterSchema,
  peopleIndexSchema,
  peopleKeysSchema,
  peopleLetterSchema,
  peoplePartSchema,
  peopleShardSchema,
  peopleShardShellSchema,
  personDetailSchema,
  pageTextSchema,
  yearIndexSchema,
  type IssueFile,
  type PageText,
  type Manifest,
  type PeopleDir,
  type PeopleDirectory,
  type PeopleFilter,
  type PeopleIndex,
  type PeopleKeys,
  type PeopleLetter,
  type PeoplePart,
  type PeopleShard,
  type YearIndex,
} from "./schema";
import { LETTERS } from "./people-pages";

/**
 * Loading side of the bundle: checks a fetched file's `type` and `version`, upgrades files written
 * by an older Folio (one step per version, pinned by tests), refuses files from a newer Folio with
 * a message saying so, then validates against the schema. Throws `BundleError`; never returns
 * unchecked data.
 */
export type BundleErrorKind = "newer-version" | "rebuild-needed" | "wrong-type" | "invalid";

export class BundleError extends Error {
  override name = "BundleError";
  constructor(
    readonly kind: BundleErrorKind,
    message: string,
    readonly fileVersion?: number,
  ) {
    super(message);
  }
}

export type Upgrade = (data: Record<string, unknown>, type: string) => Record<string, unknown>;

/**
 * Version 1 → 2: the manifest stopped listing every issue (years point at year files) and person
 * details moved from letter shards to shards by name hash. An issue file is unchanged. The other
 * files of a version-1 bundle need files it does not have (year files, a people directory), so they
 * cannot be upgraded in the browser: the bundle has to be rebuilt, and the error says so.
 */
function upgrade1to2(data: Record<string, unknown>, type: string): Record<string, unknown> {
  if (type === "folio/issue") return data;
  throw new BundleError(
    "rebuild-needed",
    `${type} was written by an older Folio (schema version 1), whose manifest lists every issue; this reader needs version ${BUNDLE_VERSION} (year files, people shards): rebuild the bundle with \`folio build\``,
    1,
  );
}

/**
 * Version 2 → 3: the people index stopped listing everyone (an archive's index is split into letter
 * parts and filter pieces). A version-2 index lists everyone: it becomes a one-page index (every
 * person listed, letters counted, filtered in memory), which is what it was. Other files are unchanged.
 */
function upgrade2to3(data: Record<string, unknown>, type: string): Record<string, unknown> {
  if (type !== "folio/people" || !Array.isArray(data.people)) return data;
  const counts = new Map<unknown, number>();
  for (const person of data.people as { letter?: unknown }[])
    counts.set(person.letter, (counts.get(person.letter) ?? 0) + 1);
  return {
    ...data,
    peopleCount: data.people.length,
    pagedByLetter: false,
    letters: LETTERS.filter((letter) => counts.has(letter)).map((letter) => ({ letter, count: counts.get(letter) })),
  };
}

/**
 * Version 3 → 4: an issue file stopped holding its pages' text (each page's text is a file of its
 * own, `folio/page-text`, named by the page's `text`). A version-3 issue file, its text inline, is
 * a valid version-4 one as it is (`pageHeadSchema` takes a page with its text inline): its views
 * read the text from it. Other files are unchanged.
 */
function upgrade3to4(data: Record<string, unknown>): Record<string, unknown> {
  return data;
}

/**
 * Version 4 → 5: the people filter's list of pieces became a tree of files bounded in bytes (a
 * version-4 list named every piece, and grew with the archive). A version-4 list is a tree of one
 * file: its pieces are the entries of a level-1 file. Other files are unchanged.
 */
function upgrade4to5(data: Record<string, unknown>, type: string): Record<string, unknown> {
  if (type !== "folio/people-filter") return data;
  const { pieces, ...rest } = data;
  return { ...rest, level: 1, entries: pieces };
}

/** Upgrades from version n to n+1, by n (pinned by restore.test.ts). */
const UPGRADES: Record<number, Upgrade> = { 1: upgrade1to2, 2: upgrade2to3, 3: upgrade3to4, 4: upgrade4to5 };

export function restoreManifest(data: unknown): Manifest {
  return restore(data, "folio/manifest", manifestSchema);
}

/**
 * `restoreManifest` in steps, for the browser: the manifest without its papers, then each paper,
 * `pause()` before each. Every view validates the manifest first, on a main thread that is still
 * busy with the app's start: one task for all of it was a long task on a slow phone.
 */
export function restoreManifestInSteps(data: unknown, pause: () => Promise<void>): Promise<Manifest> {
  return restoreInSteps(
    data,
    "folio/manifest",
    manifestShellSchema,
    "papers",
    manifestPaperSchema,
    manifestSchema,
    pause,
  );
}

/** An issue file (the pages and their headlines; a version-3 file has the text inline, read as it is). */
export function restoreIssue(data: unknown): IssueFile {
  return restore(data, "folio/issue", issueSchema);
}

/** One page's text file. */
export function restorePageText(data: unknown): PageText {
  return restore(data, "folio/page-text", pageTextSchema);
}

/**
 * `restoreIssue` in steps, for the browser: the issue without its pages, then each page's head, with
 * `pause()` (a yield to the browser) between pages, so that validating a large issue never holds
 * the main thread for long (`restoreInSteps`).
 */
export function restoreIssueInSteps(data: unknown, pause: () => Promise<void>): Promise<IssueFile> {
  return restoreInSteps(data, "folio/issue", issueShellSchema, "pages", pageHeadSchema, issueSchema, pause);
}

/** `restorePeopleShard` in steps, for the browser: the shard, then each person, `pause()` before each. */
export function restorePeopleShardInSteps(data: unknown, pause: () => Promise<void>): Promise<PeopleShard> {
  return restoreInSteps(
    data,
    "folio/people-shard",
    peopleShardShellSchema,
    "people",
    personDetailSchema,
    peopleShardSchema,
    pause,
  );
}

/**
 * `restore` of a file whose bulk is one array (an issue's pages, a shard's people), a piece at a
 * time: the file without the array (`shell`), then each item, calling `pause()` before each. The
 * same schema's parts (`whole` is `shell` with the array of `item`s), so the same result; on any
 * fault (or no items) it validates the whole file at once, so the error is `restore`'s, with its
 * full path.
 */
async function restoreInSteps<T>(
  data: unknown,
  type: string,
  shell: z.ZodMiniType<object>,
  key: string,
  item: z.ZodMiniType,
  whole: z.ZodMiniType<T>,
  pause: () => Promise<void>,
): Promise<T> {
  const { record, version } = upgraded(data, type);
  const head = shell.safeParse(record);
  const items = record[key];
  if (!head.success || !Array.isArray(items) || items.length === 0) return validated(record, type, whole, version);
  const restored: unknown[] = [];
  for (const each of items as unknown[]) {
    await pause();
    const result = item.safeParse(each);
    if (!result.success) return validated(record, type, whole, version);
    restored.push(result.data);
  }
  // The shell's and the items' schemas are `whole`'s parts: their results make up its result.
  return { ...head.data, [key]: restored } as T;
}

export function restorePeopleIndex(data: unknown): PeopleIndex {
  return restore(data, "folio/people", peopleIndexSchema);
}

/** A year file; one written newest first (the first version-2 writers did) is put oldest first. */
export function restoreYearIndex(data: unknown): YearIndex {
  return restore(oldestFirst(data), "folio/year", yearIndexSchema);
}

function oldestFirst(data: unknown): unknown {
  if (typeof data !== "object" || data === null || !("issues" in data) || !Array.isArray(data.issues)) return data;
  const issues = data.issues as unknown[];
  const date = (entry: unknown) => (entry as { date?: unknown } | null)?.date;
  const first = date(issues[0]);
  const last = date(issues.at(-1));
  if (typeof first !== "string" || typeof last !== "string" || first <= last) return data;
  return { ...data, issues: [...issues].reverse() };
}

export function restorePeopleLetter(data: unknown): PeopleLetter {
  return restore(data, "folio/people-letter", peopleLetterSchema);
}

export function restorePeoplePart(data: unknown): PeoplePart {
  return restore(data, "folio/people-part", peoplePartSchema);
}

export function restorePeopleFilter(data: unknown): PeopleFilter {
  return restore(data, "folio/people-filter", peopleFilterSchema);
}

export function restorePeopleKeys(data: unknown): PeopleKeys {
  return restore(data, "folio/people-keys", peopleKeysSchema);
}

export function restorePeopleDirectory(data: unknown): PeopleDirectory {
  return restore(data, "folio/people-directory", peopleDirectorySchema);
}

export function restorePeopleDir(data: unknown): PeopleDir {
  return restore(data, "folio/people-dir", peopleDirSchema);
}

export function restorePeopleShard(data: unknown): PeopleShard {
  return restore(data, "folio/people-shard", peopleShardSchema);
}

export function restore<T>(
  data: unknown,
  type: string,
  schema: z.ZodMiniType<T>,
  current = BUNDLE_VERSION,
  upgrades = UPGRADES,
): T {
  const { record, version } = upgraded(data, type, current, upgrades);
  return validated(record, type, schema, version);
}

/** A file's record checked for its type and version and upgraded to the current version (not yet validated). */
function upgraded(
  data: unknown,
  type: string,
  current = BUNDLE_VERSION,
  upgrades = UPGRADES,
): { record: Record<string, unknown>; version: number } {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new BundleError(
      "wrong-type",
      `expected a ${type} file, got ${Array.isArray(data) ? "an array" : typeof data}`,
    );
  }
  let record = data as Record<string, unknown>;
  if (record.type !== type) {
    throw new BundleError("wrong-type", `expected a ${type} file, got ${JSON.stringify(record.type ?? null)}`);
  }
  const version = record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new BundleError("invalid", `${type} has no valid schema version (${JSON.stringify(version ?? null)})`);
  }
  if (version > current) {
    throw new BundleError(
      "newer-version",
      `${type} uses schema version ${version}; this reader knows versions up to ${current}`,
      version,
    );
  }
  for (let v = version; v < current; v++) {
    const upgrade = upgrades[v];
    if (upgrade === undefined) throw new BundleError("invalid", `no upgrade from ${type} version ${v}`, version);
    record = { ...upgrade(record, type), version: v + 1 };
  }
  return { record, version };
}

/** The record validated against the schema (`version`: the file's own, for the error). */
function validated<T>(record: Record<string, unknown>, type: string, schema: z.ZodMiniType<T>, version: number): T {
  const result = schema.safeParse(record);
  if (!result.success)
    throw new BundleError("invalid", `${type} does not match the schema:\n${z.prettifyError(result.error)}`, version);
  return result.data;
}
