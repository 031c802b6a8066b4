import { describe, expect, it } from "vitest";
import { parseArticleFileName } from "./article-file-name";

describe("parseArticleFileName", () => {
  it("reads the date, page and order", () => {
    expect(parseArticleFileName("20190201-04-12.txt")).toEqual({ date: "2019-02-01", page: 4, seq: 12 });
  });
  it("refuses other names, impossible dates and zeros", () => {
    for (const name of [
      "README.md",
      "20190201-04.txt",
      "20190230-01-01.txt",
      "20190201-00-01.txt",
      "x20190201-01-01.txt",
    ])
      expect(parseArticleFileName(name), name).toBeNull();
  });
});
