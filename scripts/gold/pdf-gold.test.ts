import { describe, expect, it } from "vitest";
import {
  type FoundArticle,
  onPage,
  type PdfGold,
  pdfGoldSchema,
  scorePdfArticle,
  sealPdfGold,
  unsealFromParsed,
} from "./pdf-gold";
import { seal } from "./seal";

// a made-up page: two columns, printed lines in reading order of the lines, not of the article
const LINES = [
  "山城",
  "青禾县书屋开张",
  "　　本报记者 甄小明",
  "　　青禾县的第一家书屋今天",
  "　　书屋里有三千册书，",
  "开张，县长到场。",
  "读者可以借回家。",
  "图为书屋一角。",
];
const gold: PdfGold = {
  pdf: "made-up.pdf",
  articles: [
    {
      kicker: "山城",
      title: "青禾县书屋开张",
      subtitles: [],
      byline: "本报记者 甄小明",
      region: [[10, 20, 300, 400]],
      paragraphs: ["青禾县的第一家书屋今天开张，县长到场。", "书屋里有三千册书，读者可以借回家。"],
      captions: ["图为书屋一角。"],
    },
  ],
};
const parsed: FoundArticle[] = [
  {
    kicker: "山城",
    title: "青禾县书屋开张",
    subtitles: [],
    // the parser joined the two paragraphs and missed the caption
    paragraphs: ["青禾县的第一家书屋今天开张，县长到场。书屋里有三千册书，读者可以借回家。"],
    captions: [],
  },
];

describe("sealed pdf gold", () => {
  const sealed = sealPdfGold(gold, LINES, "plain/made-up.pdf.json");

  it("holds seals and numbers, no text, and reads back", () => {
    const json = JSON.stringify(sealed);
    for (const s of ["山城", "书屋", "甄小明"]) expect(json).not.toContain(s);
    expect(pdfGoldSchema.parse(JSON.parse(json))).toEqual(sealed);
    expect(sealed.articles[0]!.region).toEqual([[10, 20, 300, 400]]);
    expect(sealed.articles[0]!.title).toBe(seal("青禾县书屋开张"));
  });

  it("scores as the plain gold does", () => {
    for (const found of [
      parsed[0],
      { ...parsed[0]!, paragraphs: gold.articles[0]!.paragraphs!, captions: ["图为书屋一角。"] },
      undefined,
    ]) {
      const plain = scorePdfArticle(gold.articles[0]!, found, false);
      const bySeal = scorePdfArticle(sealed.articles[0]!, found, true);
      expect({
        ...bySeal,
        paragraphMisses: bySeal.paragraphMisses.length,
        captionMisses: bySeal.captionMisses.length,
      }).toEqual({
        ...plain,
        paragraphMisses: plain.paragraphMisses.length,
        captionMisses: plain.captionMisses.length,
      });
    }
    expect(scorePdfArticle(gold.articles[0]!, parsed[0], false)).toMatchObject({
      headline: true,
      paragraphsExact: 0,
      captionsExact: 0,
    });
  });

  it("unseals the misses from what the parser read, or leaves the seal", () => {
    const { paragraphMisses, captionMisses } = scorePdfArticle(sealed.articles[0]!, parsed[0], true);
    const plain = unsealFromParsed([...paragraphMisses, ...captionMisses], parsed);
    expect(paragraphMisses.map((s) => plain.get(s))).toEqual(gold.articles[0]!.paragraphs);
    expect(plain.has(captionMisses[0]!)).toBe(false);
  });

  it("finds strings on the page across lines in any order, not a mistyped one", () => {
    expect(onPage("县书屋", LINES)).toBe(true);
    expect(onPage("青禾县的第一家书屋今天开张，县长到场。", LINES)).toBe(true);
    expect(onPage("今天开张，县长", LINES)).toBe(true);
    expect(onPage("青禾县的第一家书屋明天开张，县长到场。", LINES)).toBe(false);
    expect(onPage("县长到场。图为书屋二角", LINES)).toBe(false);
    expect(onPage("县长到场。图为书屋一角", LINES)).toBe(true);
  });

  it("will not seal a string that is not on the page, naming the file and the seal", () => {
    const wrong: PdfGold = { ...gold, articles: [{ ...gold.articles[0]!, captions: ["图为书房一角。"] }] };
    expect(() => sealPdfGold(wrong, LINES, "plain/made-up.pdf.json")).toThrow(
      `plain/made-up.pdf.json: the string sealed ${seal("图为书房一角。")} is not on the page made-up.pdf`,
    );
  });
});
