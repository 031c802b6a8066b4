import { BUNDLE_VERSION, type PersonKey, type PersonSummary } from "@/bundle/schema";
import { isPagedByLetter, LETTERS, MOST_MENTIONED_COUNT, mostMentioned } from "@/bundle/people-pages";
import { byCodePoint, personFilterKeys } from "@/bundle/people-filter-keys";
import type { SortedSummary } from "./build-people-index";
import type { FilterTreeRecord, KeptNode } from "./filter-tree";
import { poolOf, updatePool, type MostMentionedPool } from "./most-mentioned-pool";
import { namePinyin } from "./person-pinyin";
import { recut, type KeptRun } from "./recut";
import { stableCuts, type CutRule } from "./stable-cuts";

/**
 * The people index cut into files bounded at any archive size. Up to `ONE_PAGE_MAX_PEOPLE` people,
 * one file holds everyone (the 人物 page lists them all). Above it (an archive names tens of
 * thousands): the index file holds the letters with their counts and the `MOST_MENTIONED_COUNT` people;
 * each letter's people go in parts (a letter page shows one part); the filter's keys
 * (`personFilterKeys`) go in pieces, which the app loads as the reader types, listed in a tree of
 * files (`filter-tree.ts`). None of these files grows with the archive past its bound; only the
 * number of parts and pieces does.
 *
 * A day's issue changes a few people's counts and adds a few people, so the files are cut to
 * change with them only: parts and pieces are cut where the names and keys fall (`stableCuts`),
 * not by running counts, and a piece holds what does not change with the news (a person's name,
 * pinyin, initials, letter: `PersonKey`), so a new article about someone rewrites the part that
 * lists them (their count) and no piece; a new person, the part and pieces they join.
 */

/** People on one letter page at most (about 56 kB raw, 8–15 kB gzip; 75 kB of HTML). */
export const PART_PEOPLE = 500;
/**
 * People a part holds before a name may end it, and one name in `PART_EVERY` ends one past that:
 * about 330 a part; one part in seven runs to `PART_PEOPLE` and is cut there (a cut that moves
 * with the people before it, until the next name that ends a part).
 */
export const PART_MIN = 200;
export const PART_EVERY = 149;
/**
 * Raw bytes of a filter piece file at most, its type and version included (at most 12 kB gzip
 * measured): each key is counted with its person's fields, as if each key brought its person, which
 * is at least its share of the file.
 */
export const PIECE_BYTES = 48_000;
/** What a piece file holds besides its people and keys (its type and version). */
const PIECE_HEAD_BYTES = Buffer.byteLength(
  JSON.stringify({ type: "folio/people-keys", version: BUNDLE_VERSION, people: [], keys: [] }),
);
/**
 * Bytes a piece holds before a key may end it, and one key in `PIECE_EVERY` ends one past that:
 * about 28 kB counted; one piece in ten runs to `PIECE_BYTES`.
 */
export const PIECE_MIN = 16_000;
export const PIECE_EVERY = 151;

export interface LetterParts<T extends PersonSummary = PersonSummary> {
  letter: string;
  count: number;
  parts: T[][];
}

export interface FilterPiece {
  people: PersonKey[];
  keys: [string, number][];
}

export interface PeopleIndexParts<T extends PersonSummary = PersonSummary> {
  paged: boolean;
  /** Everyone (one page), or the most mentioned, most first (paged). */
  listed: T[];
  letters: LetterParts<T>[];
  /** Empty for a one-page index. */
  pieces: FilterPiece[];
}

const partRule: CutRule<PersonSummary> = {
  min: PART_MIN,
  max: PART_PEOPLE,
  every: PART_EVERY,
  size: () => 1,
  id: (p) => p.name,
};

/** The index's files from everyone's summary in pinyin order (`buildPeopleIndex`). */
export function peopleIndexParts<T extends PersonSummary>(people: readonly T[]): PeopleIndexParts<T> {
  const paged = isPagedByLetter(people.length);
  const letters: LetterParts<T>[] = [];
  for (const letter of LETTERS) {
    const mine = people.filter((p) => p.letter === letter);
    if (mine.length === 0) continue;
    const parts: T[][] = [];
    if (paged) parts.push(...stableCuts(mine, partRule));
    letters.push({ letter, count: mine.length, parts });
  }
  return {
    paged,
    listed: paged ? mostMentioned(people, MOST_MENTIONED_COUNT) : [...people],
    letters,
    pieces: paged ? filterPieces(people) : [],
  };
}

/**
 * Every person's keys in code point order (a key of two people by name), cut into pieces of at most
 * `PIECE_BYTES` (counted as the key and the person's fields, as if each key brought its person),
 * each piece listing its people once, in the order of their first key in it.
 */
export function filterPieces(people: readonly PersonSummary[]): FilterPiece[] {
  const all = people.flatMap((summary) => keyEntries(personKey(summary)));
  all.sort((a, b) => byCodePoint(a.key, b.key) || byCodePoint(a.person.name, b.person.name));
  return stableCuts(all, pieceRule).map(pieceOf);
}

/** One key of the filter with its person, as the pieces are cut. */
interface KeyEntry {
  key: string;
  person: PersonKey;
  /** The key's share of `PIECE_BYTES`: the key and the person's fields, as if each key brought its person. */
  bytes: number;
}

const pieceRule: CutRule<KeyEntry> = {
  min: PIECE_MIN,
  max: PIECE_BYTES - PIECE_HEAD_BYTES,
  every: PIECE_EVERY,
  size: (entry) => entry.bytes,
  id: entryId,
};

/** A key's place in the filter's order (key, then name, in code point order: no key or name holds U+0000). */
function entryId(entry: { key: string; person: PersonKey }): string {
  return `${entry.key}\u0000${entry.person.name}`;
}

function keyEntries(person: PersonKey, keys = personFilterKeys(person)): KeyEntry[] {
  const personBytes = Buffer.byteLength(JSON.stringify(person));
  // In the file, a key is `["key",n],` (a piece lists fewer than 1,000 people: n has at most 3
  // digits) and its person `{…},`: at most the key and 10 bytes, and the person's and 1.
  return keys.map((key) => ({ key, person, bytes: Buffer.byteLength(key) + 10 + personBytes }));
}

/** A piece listing its people once, in the order of their first key in it. */
function pieceOf(run: readonly KeyEntry[]): FilterPiece {
  const piece: FilterPiece = { people: [], keys: [] };
  const local = new Map<string, number>();
  for (const { key, person } of run) {
    let at = local.get(person.name);
    if (at === undefined) {
      at = piece.people.length;
      local.set(person.name, at);
      piece.people.push(person);
    }
    piece.keys.push([key, at]);
  }
  return piece;
}

/** What the filter shows of a person: the fields that stay the same whatever the news says of them. */
export function personKey({ name, pinyin, initials, letter }: PersonSummary): PersonKey {
  return { name, pinyin, initials, letter };
}

/** A file of the index a build wrote: its name in the bundle and its bytes. */
export interface IndexFile {
  file: string;
  bytes: number;
}

/** A letter part a build wrote; `from` is its first person's sort key, `first`/`last` pinyin as the letter file lists them. */
export interface KeptPart extends IndexFile, KeptRun {
  count: number;
  first: string;
  last: string;
}

/** A filter piece a build wrote; `from` is its first key's place (key and name), `key` that key. */
export interface KeptPiece extends IndexFile, KeptRun {
  key: string;
}

export interface KeptLetter {
  letter: string;
  count: number;
  file: IndexFile;
  parts: KeptPart[];
}

/** What a build of a paged index wrote, kept for the next build to cut again only around what changed. */
export interface IndexRecord {
  count: number;
  letters: KeptLetter[];
  pieces: KeptPiece[];
  /** The filter's tree over the pieces, level by level (absent in a record written before it). */
  filter?: KeptNode[][];
  pool: MostMentionedPool;
}

/** A person whose summary a build changed: before and after (null when new, or gone). */
export interface PeopleChange {
  before: SortedSummary | null;
  after: SortedSummary | null;
}

/** A letter of the plan: its parts kept from the last build or made again; `kept`, its file when none changed. */
export interface PlannedLetter {
  letter: string;
  count: number;
  parts: (KeptPart | PersonSummary[])[];
  kept?: IndexFile;
}

/** The index to write: what is kept from the last build (by file) and what is made again. */
export interface IndexPlan {
  paged: boolean;
  count: number;
  listed: PersonSummary[];
  letters: PlannedLetter[];
  pieces: (KeptPiece | FilterPiece)[];
  pool: MostMentionedPool;
  /** Old parts and pieces read to cut again, or null when everyone was cut (no record, or a one-page index). */
  read: number | null;
  /** The filter tree the last build wrote, whose files with the same entries are kept (null: none). */
  lastFilter: FilterTreeRecord | null;
}

/** Where the plan reads what it needs of the last build and of everyone. */
export interface IndexSource {
  /** The record of the last build of this output, or null. */
  record: IndexRecord | null;
  /** Everyone's summary, in any order (read only when the record cannot serve). */
  everyone: () => Promise<SortedSummary[]>;
  /** A file of the last build's index, parsed (a part or a piece). */
  read: (file: string) => Promise<unknown>;
}

/**
 * The index after `changes`, for `count` people: from everyone when there is no record to start
 * from (or the index is one page), else the last build's parts and pieces cut again around the
 * changed people only (`recut`), and the most mentioned from the kept pool (`updatePool`). The two
 * give the same files (`peopleIndexParts` of everyone).
 */
export async function planPeopleIndex(
  source: IndexSource,
  changes: readonly PeopleChange[],
  count: number,
): Promise<IndexPlan> {
  if (source.record !== null && isPagedByLetter(count) && isPagedByLetter(source.record.count)) {
    const record = source.record;
    const planned = await recutIndex(record, changes, count, source).catch(() => null);
    if (planned !== null) return planned;
  }
  const everyone = await source.everyone();
  everyone.sort((a, b) => byCodePoint(a.sortKey, b.sortKey));
  const parts = peopleIndexParts(everyone);
  const pool = poolOf(everyone);
  return {
    paged: parts.paged,
    count: everyone.length,
    listed: (parts.paged ? pool.people.slice(0, MOST_MENTIONED_COUNT) : everyone).map(withoutSortKey),
    letters: parts.letters.map(({ letter, count: n, parts: runs }) => ({
      letter,
      count: n,
      parts: runs.map((run) => run.map(withoutSortKey)),
    })),
    pieces: parts.pieces,
    pool,
    read: null,
    lastFilter: lastFilterOf(source.record),
  };
}

async function recutIndex(
  record: IndexRecord,
  changes: readonly PeopleChange[],
  count: number,
  source: IndexSource,
): Promise<IndexPlan | null> {
  const changed = changes.filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
  let pool = updatePool(record.pool, new Map(changed.map((c) => [(c.after ?? c.before)!.name, c.after])));
  if (pool === null) pool = poolOf(await source.everyone());
  let read = 0;

  const letters: PlannedLetter[] = [];
  for (const letter of LETTERS) {
    const kept = record.letters.find((l) => l.letter === letter);
    const mine = changed.filter((c) => (c.after ?? c.before)!.letter === letter);
    if (mine.length === 0) {
      if (kept !== undefined) letters.push({ ...kept, parts: kept.parts, kept: kept.file });
      continue;
    }
    const n =
      (kept?.count ?? 0) + mine.filter((c) => c.before === null).length - mine.filter((c) => c.after === null).length;
    if (n === 0) continue;
    const made = await recut<SortedSummary, KeptPart>(
      kept?.parts ?? [],
      {
        put: mine.flatMap((c) => (c.after === null ? [] : [c.after])),
        drop: new Map(mine.flatMap((c) => (c.after === null ? [[c.before!.name, c.before!.sortKey] as const] : []))),
      },
      partRule,
      (p) => p.sortKey,
      byCodePoint,
      async (part) =>
        ((await source.read(part.file)) as { people: PersonSummary[] }).people.map((p) => ({
          ...p,
          sortKey: namePinyin(p.name).sortKey,
        })),
    );
    read += made.read;
    letters.push({
      letter,
      count: n,
      parts: made.runs.map((run) => (Array.isArray(run) ? run.map(withoutSortKey) : run)),
    });
  }

  // A piece holds what stays the same while a person is in the archive: only people new or gone change them.
  const entries = (summaries: (SortedSummary | null)[]) =>
    summaries.flatMap((s) => (s === null ? [] : keyEntries(personKey(s))));
  const pieces = await recut<KeyEntry, KeptPiece>(
    record.pieces,
    {
      put: entries(changed.filter((c) => c.before === null).map((c) => c.after)),
      drop: new Map(
        entries(changed.filter((c) => c.after === null).map((c) => c.before)).map((e) => [entryId(e), entryId(e)]),
      ),
    },
    pieceRule,
    entryId,
    byCodePoint,
    async (piece) => {
      const { people, keys } = (await source.read(piece.file)) as FilterPiece;
      return keys.flatMap(([key, at]) => keyEntries(people[at]!, [key]));
    },
  );
  read += pieces.read;
  return {
    paged: true,
    count,
    listed: pool.people.slice(0, MOST_MENTIONED_COUNT).map(withoutSortKey),
    letters,
    pieces: pieces.runs.map((run) => (Array.isArray(run) ? pieceOf(run) : run)),
    pool,
    read,
    lastFilter: lastFilterOf(record),
  };
}

function lastFilterOf(record: IndexRecord | null): FilterTreeRecord | null {
  return record?.filter === undefined ? null : { pieces: record.pieces, levels: record.filter };
}

function withoutSortKey(person: PersonSummary & { sortKey?: string }): PersonSummary {
  const { sortKey: _sortKey, ...summary } = person;
  return summary;
}
