import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripWhitespace } from "@/text/char-class";
import { checkConservation } from "./conservation";
import { parsePage } from "./parse-page";
import { renderPage, type RenderArticle, type RenderLayout } from "./testing/render-columns";

const spec = JSON.parse(readFileSync(new URL("../../../fixtures/seed/spec.json", import.meta.url), "utf8")) as {
  articles: (RenderArticle & { byline: { raw: string } | null })[];
};
const articles: RenderArticle[] = spec.articles.map((a) => ({
  byline: a.byline?.raw ?? null,
  paragraphs: a.paragraphs,
  title: a.title,
  subtitles: a.subtitles,
  caption: a.caption,
}));

/** A safety limit for a slow, loaded machine, not a timing assertion. */
const PROPERTY_TIMEOUT_MS = 120_000;

const layout: fc.Arbitrary<RenderLayout> = fc.record({
  column: fc.integer({ min: 9, max: 26 }),
  headline: fc.integer({ min: 8, max: 30 }),
  seed: fc.integer(),
  breakRate: fc.double({ min: 0, max: 0.35, noNaN: true }),
  spacedRate: fc.double({ min: 0, max: 0.15, noNaN: true }),
  spaceDigits: fc.boolean(),
});

describe("parsePage, properties", () => {
  it(
    "reads the seed's articles back from any column width and column breaks",
    () => {
      fc.assert(
        fc.property(fc.array(layout, { minLength: 1, maxLength: 8 }), (layouts) => {
          const page = parsePage(renderPage(articles, layouts));
          const got = page.articles.map((a) => ({
            title: stripWhitespace(a.title),
            paragraphs: a.paragraphs.map(stripWhitespace),
          }));
          const want = articles.map((a) => ({
            title: stripWhitespace(a.title),
            paragraphs: a.paragraphs.map(stripWhitespace),
          }));
          expect(got).toEqual(want);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  const pageLike = fc.array(
    fc.oneof(
      fc.constantFrom(
        "",
        "",
        "■ 通讯员 梁宇",
        "本报讯 日前，",
        "通讯员 梁宇 摄",
        "会议强调：",
        "。",
        "”",
        "（记者 李明）",
        "标题",
      ),
      fc.string({
        unit: fc.constantFrom(..."的一是在了和茂南区委书记，。、；：“”（）■ 0123abc\u3000\t"),
        maxLength: 30,
      }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
    ),
    { maxLength: 60 },
  );

  it(
    "never throws and loses nothing on random input",
    () => {
      fc.assert(
        fc.property(pageLike, (lines) => {
          const text = lines.join("\n");
          const page = parsePage(text);
          expect(checkConservation(text, page)).toEqual({ missing: "", extra: "" });
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws on arbitrary strings",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
          const page = parsePage(text);
          expect(checkConservation(text, page)).toEqual({ missing: "", extra: "" });
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
