import { describe, expect, it } from "vitest";
import { authorNames, authorsByline } from "./author-names";
import { line } from "./testing-lines";

// A real page's credit row: a two-character name spaced to a three-character cell, then two names.
const row = [
  line("汪", 649.2, 933.6, 9.7, 1),
  line("涛", 670.2, 933.6, 9.7, 2),
  line("吴光胜", 691.2, 933.6, 9.7, 3),
  line("胡查平", 733.2, 933.6, 9.7, 4),
];

describe("authorNames", () => {
  it("pairs the single characters of a spaced two-character name and keeps each longer piece a name", () => {
    expect(authorNames(row)).toEqual(["汪涛", "吴光胜", "胡查平"]);
    expect(authorsByline(row)).toEqual({ raw: "汪涛 吴光胜 胡查平", reporters: ["汪涛", "吴光胜", "胡查平"] });
  });
  it("reads a spaced name after a full one, and two spaced names", () => {
    expect(authorNames([line("胡鞍钢", 0, 0), line("张", 40, 0), line("新", 60, 0)])).toEqual(["胡鞍钢", "张新"]);
    expect(authorNames(["王", "静", "李", "强"].map((c, i) => line(c, 20 * i, 0)))).toEqual(["王静", "李强"]);
  });
  it("reads three single characters as one name spaced wide", () => {
    expect(authorNames(["何", "文", "萍"].map((c, i) => line(c, 27 * i, 0)))).toEqual(["何文萍"]);
  });
  it("refuses a row with a stray character or a piece that is no name", () => {
    expect(authorNames([line("汪", 0, 0), line("吴光胜", 20, 0)])).toBeNull();
    expect(authorNames([line("吴光胜", 0, 0), line("（作者单位）", 40, 0)])).toBeNull();
    expect(authorNames([line("这是一行很长的正文", 0, 0)])).toBeNull();
  });
});
