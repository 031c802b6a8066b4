import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { peopleFixtures, peopleOfFixture } from "./people-fixtures";

/** One test per role extraction case. Regenerate with `npm run fixtures:update` and review the diff. */
describe("people fixtures (text → people with roles)", () => {
  const fixtures = peopleFixtures();
  it("has cases", () => expect(fixtures.length).toBeGreaterThan(0));
  for (const fixture of fixtures) {
    it(`${fixture.name}: the people and roles of expected.json`, () => {
      expect(existsSync(fixture.expectedPath), `fixtures/people/${fixture.name}/expected.json is missing`).toBe(true);
      expect(peopleOfFixture(fixture)).toEqual(JSON.parse(readFileSync(fixture.expectedPath, "utf8")));
    });
  }
});
