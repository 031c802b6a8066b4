import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Person } from "@/bundle/schema";
import { FIXTURES_DIR } from "../parse/fixture-cases";
import { extractPeople } from "./extract-people";
import { plainArticle } from "./plain-article";

/**
 * Role extraction cases: `fixtures/people/<case>/source.txt` (a plain-text article, one paragraph
 * a line, as `folio people` reads it) + `expected.json` (`{"people": [{name, roles}]}`: everyone
 * it names, in order, with their titles and descriptions as printed).
 */
export const PEOPLE_FIXTURES_DIR = join(FIXTURES_DIR, "people");

export interface PeopleFixture {
  name: string;
  source: string;
  expectedPath: string;
}

export function peopleFixtures(): PeopleFixture[] {
  return readdirSync(PEOPLE_FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(PEOPLE_FIXTURES_DIR, e.name, "source.txt")))
    .map((e) => ({
      name: e.name,
      source: readFileSync(join(PEOPLE_FIXTURES_DIR, e.name, "source.txt"), "utf8"),
      expectedPath: join(PEOPLE_FIXTURES_DIR, e.name, "expected.json"),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What a people fixture's expected.json holds. */
export function peopleOfFixture(fixture: PeopleFixture): { people: Person[] } {
  return { people: extractPeople(plainArticle(fixture.source)) };
}
