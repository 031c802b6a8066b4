import { describe, expect, it } from "vitest";
import { readArticlesJsonl } from "./read-articles-jsonl";

describe("articles JSONL", () => {
  it("reads made-up records in the corpus's format", () => {
    const line = JSON.stringify({
      id: "19990301-01-001",
      date: "19990301",
      page: 1,
      seq: 1,
      paragraphs: ["王小明会见代表"],
      persons: ["王小明"],
      persons_in_compound: [],
    });
    expect(readArticlesJsonl(`${line}\n\n`)).toEqual([
      {
        id: "19990301-01-001",
        date: "19990301",
        page: 1,
        paragraphs: ["王小明会见代表"],
        persons: ["王小明"],
        personsInCompound: [],
      },
    ]);
  });

  it("refuses a record without gold persons", () => {
    expect(() => readArticlesJsonl('{"id":"x","date":"19990301","page":1,"paragraphs":[]}')).toThrow(/line 1/u);
  });
});
