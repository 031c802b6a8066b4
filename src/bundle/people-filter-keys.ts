import type { PersonSummary } from "./schema";

/**
 * The lookup keys of the people filter of a large index (shared by the build, which cuts the keys
 * into pieces, and the app, which loads the pieces a typed text needs). The 人物 filter matches
 * characters of the name, full pinyin, initials and a first syllable in full followed by initials
 * (`features/people/api/match-person.ts`). Each of those becomes a prefix lookup in a sorted key
 * list when the keys are the name from each of its characters (`泽民` finds 江泽民 by `泽`), the
 * pinyin and the initials from each syllable (`zemin`, `zm`), and the first syllable in full with
 * the initials after it (`jiangzm`); ü is `v`, with a `u` spelling beside it (吕 `lv`, `lu`).
 * Typed text is normalised the same way (`filterKey`), so the people whose keys start with it are
 * one contiguous run of keys: the pieces between the first key ≥ it and the first key past it.
 */
export function personFilterKeys(person: Pick<PersonSummary, "name" | "pinyin">): string[] {
  const keys = new Set<string>();
  const chars = [...person.name.toLowerCase().replace(/\s+/gu, "")];
  for (let i = 0; i < chars.length; i++) keys.add(chars.slice(i).join(""));
  const syllables = person.pinyin.split(" ").filter((s) => /^[a-zv]+$/u.test(s));
  for (let i = 0; i < syllables.length; i++) {
    const rest = syllables.slice(i);
    for (const key of [rest.join(""), rest.map((s) => s[0]).join("")]) addSpellings(keys, key);
  }
  if (syllables.length > 1)
    addSpellings(
      keys,
      syllables[0] +
        syllables
          .slice(1)
          .map((s) => s[0])
          .join(""),
    );
  return [...keys].sort(byCodePoint);
}

function addSpellings(keys: Set<string>, key: string): void {
  keys.add(key);
  if (key.includes("v")) keys.add(key.replace(/v/gu, "u"));
}

/** What the reader typed, as a key: lower case, no spaces, ü as v. */
export function filterKey(query: string): string {
  return query.trim().toLowerCase().replace(/\s+/gu, "").replace(/ü/gu, "v");
}

/** Code point order (the order keys are sorted in, in the build and in the app alike). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The pieces (given by their first keys, in order) that may hold keys starting with `key`: from the
 * last piece starting before it (equal keys may run across a cut) to the last one starting with it.
 */
export function piecesFor(froms: readonly string[], key: string): number[] {
  if (key === "" || froms.length === 0) return [];
  let first = 0;
  for (let i = 0; i < froms.length; i++) if (froms[i]! < key) first = i;
  const pieces = [first];
  for (let i = first + 1; i < froms.length && froms[i]!.startsWith(key); i++) pieces.push(i);
  return pieces;
}
