import type { Person } from "@/bundle/schema";

/** Role recorded for bylined reporters and photo credits. */
export const REPORTER_ROLE = "reporter";

/** The people an article credits (byline reporters, then photo credits), each once. */
export function creditedPeople(names: readonly string[]): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({ name, roles: [REPORTER_ROLE] });
  }
  return people;
}
