import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stripWhitespace } from "@/text/char-class";
import { parsePage } from "./parse-page";

/**
 * The seed against its specification (`fixtures/seed/spec.json`, the expected structure we were
 * given): texts compared with whitespace removed, as the spec says.
 */
const dir = new URL("../../../fixtures/seed/", import.meta.url);
const source = readFileSync(new URL("source.txt", dir), "utf8");
interface SpecArticle {
  seq: number;
  title: string;
  subtitles: string[];
  byline: { raw: string; reporters: string[] } | null;
  paragraphs: string[];
  caption: string | null;
  people: { name: string; roles: string[] }[];
  optionalPeople: string[];
  sourceLines: [number, number];
}
const spec = JSON.parse(readFileSync(new URL("spec.json", dir), "utf8")) as { articles: SpecArticle[] };
const page = parsePage(source);
const bare = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" ? stripWhitespace(v) : v)));

describe("seed page against its spec", () => {
  it("has the spec's 8 articles, nothing unassigned, no warnings", () => {
    expect(page.articles).toHaveLength(spec.articles.length);
    expect(page.unassigned).toEqual([]);
    expect(page.warnings).toEqual([]);
  });

  for (const want of spec.articles) {
    it(`article ${want.seq}: ${want.title}`, () => {
      const got = page.articles[want.seq - 1]!;
      expect(got.seq).toBe(want.seq);
      expect(bare(got.title)).toBe(bare(want.title));
      expect(bare(got.subtitles)).toEqual(bare(want.subtitles));
      expect(bare(got.byline)).toEqual(bare(want.byline));
      expect(bare(got.paragraphs)).toEqual(bare(want.paragraphs));
      expect(bare(got.caption)).toEqual(bare(want.caption));
      expect(got.sourceLines).toEqual(want.sourceLines);
    });

    it(`article ${want.seq}: credits its reporters as people`, () => {
      const got = page.articles[want.seq - 1]!;
      const reporters = want.people.filter((p) => p.roles.includes("reporter"));
      for (const reporter of reporters) expect(got.people).toContainEqual(reporter);
    });
  }
});
