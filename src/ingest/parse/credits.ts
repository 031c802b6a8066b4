import type { Person } from "@/bundle/schema";

/** Role recorded for bylined reporters and photo credits. */
export const REPORTER_ROLE = "reporter";

/** The people an article credits (byline reporters, then photo credits), each once. */
export function creditedPeople(names: readonly string[]): Person[] {
  return [...new Set(names)].map((name) => ({ name, roles: [REPORTER_ROLE] }));
}
