import type { PersonKey, PersonSummary } from "@/bundle/schema";
import { isPagedByLetter, LETTERS, MOST_MENTIONED_COUNT, mostMentioned } from "@/bundle/people-pages";
import { byCodePoint, personFilterKeys } from "@/bundle/people-filter-keys";
import { stableCuts } from "./stable-cuts";

/**
 * The people index cut into files bounded at any archive size. Up to `ONE_PAGE_MAX_PEOPLE` people,
 * one file holds everyone (the 人物 page lists them all). Above it (an archive names tens of
 * thousands): the index file holds the letters with their counts and the `MOST_MENTIONED_COUNT` people;
 * each letter's people go in parts (a letter page shows one part); the filter's keys
 * (`personFilterKeys`) go in pieces, which the app loads as the reader types. None of these files
 * grows with the archive past its bound; only the number of parts and pieces does (and the
 * filter's list of pieces, about 20 bytes a piece).
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
/** Raw bytes of a filter piece at most, counting each key with its person's fields (at most 12 kB gzip measured). */
export const PIECE_BYTES = 48_000;
/**
 * Bytes a piece holds before a key may end it, and one key in `PIECE_EVERY` ends one past that:
 * about 28 kB counted; one piece in ten runs to `PIECE_BYTES`.
 */
export const PIECE_MIN = 16_000;
export const PIECE_EVERY = 151;

export interface LetterParts {
  letter: string;
  count: number;
  parts: PersonSummary[][];
}

export interface FilterPiece {
  people: PersonKey[];
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
    if (paged)
      parts.push(
        ...stableCuts(mine, { min: PART_MIN, max: PART_PEOPLE, every: PART_EVERY, size: () => 1, id: (p) => p.name }),
      );
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
  const all: { key: string; person: PersonKey; bytes: number }[] = [];
  for (const summary of people) {
    const person = personKey(summary);
    const personBytes = Buffer.byteLength(JSON.stringify(person));
    for (const key of personFilterKeys(person))
      all.push({ key, person, bytes: Buffer.byteLength(key) + 8 + personBytes });
  }
  all.sort((a, b) => byCodePoint(a.key, b.key) || byCodePoint(a.person.name, b.person.name));
  const runs = stableCuts(all, {
    min: PIECE_MIN,
    max: PIECE_BYTES,
    every: PIECE_EVERY,
    size: (entry) => entry.bytes,
    id: (entry) => `${entry.key}\u0000${entry.person.name}`,
  });
  return runs.map((run) => {
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
  });
}

/** What the filter shows of a person: the fields that stay the same whatever the news says of them. */
export function personKey({ name, pinyin, initials, letter }: PersonSummary): PersonKey {
  return { name, pinyin, initials, letter };
}
