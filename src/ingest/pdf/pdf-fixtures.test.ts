import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedPage } from "@/bundle/schema";
import { pdfFixtureCases, parsePdfFixture, readTruth, type PdfFixtureCase } from "./pdf-fixture-cases";

/** PDF.js takes a second or more per page on a busy machine: each fixture is parsed once. */
const TIMEOUT_MS = 60_000;
const parsed = new Map<string, Promise<ParsedPage>>();
function parse(fixture: PdfFixtureCase): Promise<ParsedPage> {
  if (!parsed.has(fixture.name)) parsed.set(fixture.name, parsePdfFixture(fixture));
  return parsed.get(fixture.name)!;
}

/**
 * One test per PDF fixture folder: the parse is `expected.json` (regenerate with
 * `npm run fixtures:update` and review the diff), it loses no character, and it reads back what
 * the typesetter drew (`truth.json`): every article with its exact headlines, byline, paragraphs,
 * caption and jump lines, and every printed line inside its own article's boxes.
 */
describe("PDF parser fixtures", () => {
  for (const fixture of pdfFixtureCases()) {
    it(
      `${fixture.name}: parses to expected.json`,
      async () => {
        expect(existsSync(fixture.expectedPath), `fixtures/${fixture.name}/expected.json is missing`).toBe(true);
        const expected: unknown = JSON.parse(readFileSync(fixture.expectedPath, "utf8"));
        expect(await parse(fixture)).toEqual(expected);
      },
      TIMEOUT_MS,
    );

    it(`${fixture.name}: loses no character and reads back what was typeset`, async () => {
      const page = await parse(fixture);
      expect(page.warnings.filter((w) => w.message.startsWith("parser bug"))).toEqual([]);
      const truth = readTruth(fixture);
      expect(page.pdf?.furniture.map((f) => f.text).sort()).toEqual([...truth.furniture].sort());
      const read = page.articles.map((a) => ({
        kicker: a.kicker,
        title: a.title,
        subtitles: a.subtitles,
        byline: a.byline?.raw ?? null,
        paragraphs: a.paragraphs,
        caption: a.caption,
        jumps: (a.jumps ?? []).map((j) => j.raw),
        photos: (a.photos ?? []).length,
      }));
      const drawn = truth.articles.map((t) => ({
        kicker: t.kicker,
        title: t.title,
        subtitles: t.subtitles,
        byline: t.byline,
        paragraphs: t.paragraphs,
        caption: t.caption,
        jumps: t.jumps,
        photos: t.photos.length,
      }));
      expect(read).toEqual(drawn);
      truth.articles.forEach((t, i) => {
        const boxes = page.articles[i]!.boxes ?? [];
        const outside = t.lines.filter(({ box: [x, y, w, h] }) => {
          const [cx, cy] = [x + w / 2, y + h / 2];
          return !boxes.some(([bx, by, bw, bh]) => cx >= bx && cx <= bx + bw && cy >= by && cy <= by + bh);
        });
        expect(
          outside.map((l) => l.text),
          `lines of article ${i + 1} outside its boxes`,
        ).toEqual([]);
      });
    });
  }
});
