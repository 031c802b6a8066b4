import { describe, expect, it } from "vitest";
import { goldPersons, readPfr } from "./read-pfr";

/** Made-up lines in the corpus's format (the corpus itself stays out of the repository). */
const SAMPLE = [
  "19990301-01-001-001/m  王/nr  小明/nr  会见/v  [北京/ns  大学/n]nt  代表/n  ",
  "19990301-01-001-002/m  本报/r  记者/n  赵/nr  一平/nr  钱/nr  二/nr  ",
  "19990301-01-002-001/m  [孙/nr  中山/nr  纪念馆/n]nt  欧阳/nr  修/nr  来/v  ",
  "19990302-04-001-001/m  李/nr  张/nr  大卫/nr  和/c  克林顿/nr  ",
].join("\n");

describe("PFR reader", () => {
  const articles = readPfr(SAMPLE);

  it("groups paragraphs into articles by date-page-article", () => {
    expect(articles.map((a) => [a.id, a.date, a.page, a.paragraphs.length])).toEqual([
      ["19990301-01-001", "19990301", 1, 2],
      ["19990301-01-002", "19990301", 1, 1],
      ["19990302-04-001", "19990302", 4, 1],
    ]);
  });

  it("joins the words and marks person names by character offsets", () => {
    const p = articles[0]!.paragraphs[0]!;
    expect(p.text).toBe("王小明会见北京大学代表");
    expect(p.spans).toEqual([{ start: 0, end: 3, inCompound: false }]);
    expect(p.words.slice(0, 2)).toEqual([
      { word: "王", tag: "nr" },
      { word: "小明", tag: "nr" },
    ]);
  });

  it("splits names a byline runs together, as make-gold.py does", () => {
    expect(goldPersons(articles[0]!).persons).toEqual(["王小明", "赵一平", "钱二"]);
  });

  it("records names inside compounds apart, and pairs compound surnames", () => {
    const gold = goldPersons(articles[1]!);
    expect(gold.persons).toEqual(["孙中山", "欧阳修"]);
    expect(gold.inCompound).toEqual(["孙中山"]);
  });

  it("reads 1 + 1 + 2 as one married double-surname name only when the run is exactly that", () => {
    expect(goldPersons(articles[2]!).persons).toEqual(["李张大卫", "克林顿"]);
  });

  it("refuses a line without an id", () => {
    expect(() => readPfr(`${SAMPLE}\nnot a corpus line`)).toThrow(/line 5: not a PFR line/u);
  });
});
