import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stripWhitespace } from "@/text/char-class";
import { checkConservation } from "./conservation";
import { fixtureCases, parseFixture } from "./fixture-cases";

/** One test per fixture folder. Regenerate with `npm run fixtures:update` and review the diff. */
describe("parser fixtures", () => {
  for (const fixture of fixtureCases()) {
    it(`${fixture.name}: parses to expected.json`, () => {
      expect(
        existsSync(fixture.expectedPath),
        `fixtures/${fixture.name}/expected.json is missing: run npm run fixtures:update`,
      ).toBe(true);
      const expected: unknown = JSON.parse(readFileSync(fixture.expectedPath, "utf8"));
      expect(parseFixture(fixture)).toEqual(expected);
    });

    it(`${fixture.name}: loses no character`, () => {
      const page = parseFixture(fixture);
      expect(checkConservation(fixture.source, page)).toEqual({ missing: "", extra: "" });
      const articleText = page.articles.map((a) => stripWhitespace(a.paragraphs.join(""))).join("");
      expect(articleText.length).toBeGreaterThan(0);
    });
  }
});
