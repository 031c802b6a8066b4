import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stripWhitespace } from "@/text/char-class";
import { importWebFixture, webFixtureCases } from "./fixture-cases";

/** One test per fixture folder (regenerate with `npm run fixtures:update`), and nothing lost. */
describe("rmrb-web fixtures", () => {
  for (const fixture of webFixtureCases()) {
    it(`${fixture.name}: imports to expected.json`, async () => {
      expect(existsSync(fixture.expectedPath), `${fixture.expectedPath} is missing: run npm run fixtures:update`).toBe(
        true,
      );
      expect(await importWebFixture(fixture)).toEqual(JSON.parse(readFileSync(fixture.expectedPath, "utf8")));
    });

    it(`${fixture.name}: keeps every character of every file`, async () => {
      const imported = await importWebFixture(fixture);
      const kept = new Map<string, string>();
      for (const issue of imported.issues)
        for (const { page } of issue.pages)
          for (const a of page.articles) {
            // A credit after the dateline is the byline and stays in its paragraph: count it once.
            const byline =
              a.byline !== null && !a.paragraphs.some((p) => p.includes(a.byline!.raw)) ? a.byline.raw : "";
            const parts = [a.kicker ?? "", a.title, ...a.subtitles, byline, ...a.paragraphs];
            kept.set(a.sourceFile!, stripWhitespace(parts.join("")));
          }
      for (const day of readdirSync(fixture.source)) {
        for (const file of readdirSync(join(fixture.source, day))) {
          const text = stripWhitespace(readFileSync(join(fixture.source, day, file), "utf8")).replace(
            /[—\u3000]/gu,
            "",
          );
          if (text === "") expect(kept.has(file), file).toBe(false);
          else expect((kept.get(file) ?? "").replace(/[—\u3000]/gu, ""), file).toBe(text);
        }
      }
    });
  }
});
