import { describe, expect, it } from "vitest";
import { parsePfrLine, parsePfrLineId } from "./pfr-line";

describe("parsePfrLine", () => {
  it("reads the id and the words, tags and brackets stripped, full-width digits kept", () => {
    const line = parsePfrLine("20010501-03-012-004/m  [青石/ns  县/n  图书馆/n]nt  藏书/n  １２．５万/m  册/q  。/w  ");
    expect(line).toMatchObject({
      kind: "paragraph",
      id: { date: "2001-05-01", page: 3, article: 12, paragraph: 4, raw: "20010501-03-012-004/m" },
      text: "青石县图书馆藏书１２．５万册。",
      problems: [],
    });
  });

  it("marks the words inside a compound", () => {
    const line = parsePfrLine("20010501-01-001-001/m  [宋/nr  雨桐/nr  基金会/n]nt  资助/v");
    if (line.kind !== "paragraph") throw new Error(line.kind);
    expect(line.tokens.map((t) => [t.word, t.tag, t.inCompound])).toEqual([
      ["宋", "nr", true],
      ["雨桐", "nr", true],
      ["基金会", "n", true],
      ["资助", "v", false],
    ]);
  });

  it("takes one or three spaces, a CR and a BOM as the corpus's two spaces would be", () => {
    const line = parsePfrLine("\uFEFF20010501-01-001-001/m  书/n 是/v   朋友/n  。/w\r");
    expect(line).toMatchObject({ kind: "paragraph", text: "书是朋友。", problems: [] });
  });

  it("keeps a word whose own text has a slash", () => {
    expect(parsePfrLine("20010501-01-001-001/m  １/２/m  ")).toMatchObject({ text: "１/２", problems: [] });
  });

  it("treats a blank line as a separator", () => {
    expect(parsePfrLine("   \r")).toEqual({ kind: "blank" });
  });

  it.each([
    ["2001052-01-001-004/m  书/n", /bad id "2001052-01-001-004\/m": expected YYYYMMDD-PP-AAA-NNN\/m/u],
    ["20010501-01-001-004  书/n", /bad id/u],
    ["20010231-01-001-001/m  书/n", /2001-02-31 is not a date/u],
    ["20010501-00-001-001/m  书/n", /start at 1/u],
    ["书/n  是/v", /bad id "书\/n"/u],
  ])("reports a bad id: %s", (text, message) => {
    const line = parsePfrLine(text);
    expect(line.kind).toBe("bad-id");
    if (line.kind === "bad-id") expect(line.message).toMatch(message);
  });

  it("keeps a bad token's text as printed and says why", () => {
    const line = parsePfrLine("20010501-01-001-001/m  书n  是/v");
    expect(line).toMatchObject({ kind: "paragraph", text: "书n是", problems: ['bad token "书n": expected word/tag'] });
  });

  it.each([
    ["[青石/ns  县/n  图书馆/n", /not closed by the end of the line/u],
    ["青石/ns  图书馆/n]nt", /"\]nt" at "图书馆\/n\]nt" closes no "\["/u],
    ["[青石/ns  [县/n  图书馆/n]nt", /inside a compound that is still open/u],
  ])("reports an unbalanced bracket and keeps the words: %s", (tagged, message) => {
    const line = parsePfrLine(`20010501-01-001-001/m  ${tagged}`);
    if (line.kind !== "paragraph") throw new Error(line.kind);
    expect(line.text).toMatch(/^青石(县)?图书馆$/u);
    expect(line.problems).toHaveLength(1);
    expect(line.problems[0]).toMatch(message);
  });

  it("reports a line with an id and no words", () => {
    expect(parsePfrLine("20010501-01-001-001/m  ")).toMatchObject({ text: "", problems: ["no words after the id"] });
  });
});

describe("parsePfrLineId", () => {
  it.each([
    ["20010501-03-012-004/m  [青石/ns  县/n]nt  藏书/n"],
    ["\uFEFF20010501-01-001-001/m\t书/n 是/v   朋友/n\r"],
    ["20010501-01-001-001/m"],
    ["  20010501-01-001-002/m  书/n  "],
    ["   \r"],
    [""],
    ["2001052-01-001-004/m  书/n"],
    ["20010231-01-001-001/m  书/n"],
    ["20010501-00-001-001/m  书/n"],
    ["20010501-01-001-001/m书/n"],
    ["书/n  是/v"],
  ])("finds the kind and id parsePfrLine finds, without the words: %j", (text) => {
    const full = parsePfrLine(text);
    const idOnly = parsePfrLineId(text);
    expect(idOnly.kind).toBe(full.kind);
    if (full.kind === "paragraph") expect(idOnly).toEqual({ kind: "paragraph", id: full.id });
    if (full.kind === "bad-id") expect(idOnly).toEqual(full);
  });
});
