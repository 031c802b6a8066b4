import type { PersonSummary } from "@/bundle/schema";
import { isPagedByLetter, LETTERS, MOST_MENTIONED_COUNT, mostMentioned } from "@/bundle/people-pages";
import { byCodePoint, personFilterKeys } from "@/bundle/people-filter-keys";

/**
 * The people index cut into files bounded at any archive size. Up to `ONE_PAGE_MAX_PEOPLE` people,
 * one file holds everyone (the 人物 page lists them all). Above it (an archive names tens of
 * thousands): the index file holds the letters with their counts and the `MOST_MENTIONED_COUNT` people;
 * each letter's people go in parts of `PART_PEOPLE` (a letter page shows one part); the filter's
 * keys (`personFilterKeys`) go in pieces of about `PIECE_BYTES`, which the app loads as the
 * reader types. None of these files grows with the archive past its bound; only the number of
 * parts and pieces does (and the filter's list of pieces, about 20 bytes a piece).
 */

/** People on one letter page (about 45 kB raw, 12 kB gzip; 60 kB of HTML). */
export const PART_PEOPLE = 400;
/** Raw bytes of a filter piece, about (a piece closes at the first key past it: 8–12 kB gzip). */
export const PIECE_BYTES = 40_000;

export interface LetterParts {
  letter: string;
  count: number;
  parts: PersonSummary[][];
}

export interface FilterPiece {
  people: PersonSummary[];
  keys: [string, number][];
}

export interface PeopleIndexParts {
  paged: boolean;
  /** Everyone (one page), or the most mentioned, most first (paged). */
  listed: PersonSummary[];
  letters: LetterParts[];
  /** Empty for a one-page index. */
  pieces: FilterPiece[];
}

/** The index's files from everyone's summary in pinyin order (`buildPeopleIndex`). */
export function peopleIndexParts(people: readonly PersonSummary[]): PeopleIndexParts {
  const paged = isPagedByLetter(people.length);
  const letters: LetterParts[] = [];
  for (const letter of LETTERS) {
    const mine = people.filter((p) => p.letter === letter);
    if (mine.length === 0) continue;
    const parts: PersonSummary[][] = [];
    if (paged) for (let at = 0; at < mine.length; at += PART_PEOPLE) parts.push(mine.slice(at, at + PART_PEOPLE));
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
 * Every person's keys in code point order, cut into pieces of about `PIECE_BYTES` (counted as the
 * key and, once per piece, the person's summary), each piece listing its people once.
 */
export function filterPieces(people: readonly PersonSummary[]): FilterPiece[] {
  const all: [string, number][] = [];
  people.forEach((person, i) => {
    for (const key of personFilterKeys(person)) all.push([key, i]);
  });
  all.sort((a, b) => byCodePoint(a[0], b[0]) || a[1] - b[1]);
  const pieces: FilterPiece[] = [];
  let piece: FilterPiece | null = null;
  let local = new Map<number, number>();
  let bytes = 0;
  for (const [key, i] of all) {
    if (piece === null || bytes >= PIECE_BYTES) {
      piece = { people: [], keys: [] };
      pieces.push(piece);
      local = new Map();
      bytes = 0;
    }
    let at = local.get(i);
    if (at === undefined) {
      at = piece.people.length;
      local.set(i, at);
      piece.people.push(people[i]!);
      bytes += Buffer.byteLength(JSON.stringify(people[i]));
    }
    piece.keys.push([key, at]);
    bytes += Buffer.byteLength(key) + 8;
  }
  return pieces;
}
