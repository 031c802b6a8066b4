import { describe, expect, it } from "vitest";
import { personSpans } from "./person-spans";
import { tokensOf } from "./test-tokens";

const names = (tagged: string) => {
  const tokens = tokensOf(tagged);
  const text = tokens.map((t) => t.word).join("");
  return personSpans(tokens).map((s) => [text.slice(s.start, s.end), s.inCompound]);
};

describe("personSpans", () => {
  it("marks each name of a paragraph by its offsets in the text", () => {
    const tokens = tokensOf("王/nr  小明/nr  会见/v  [北京/ns  大学/n]nt  代表/n");
    expect(personSpans(tokens)).toEqual([{ start: 0, end: 3, inCompound: false }]);
  });

  it("splits names a byline runs together", () => {
    expect(names("本报/r  记者/n  赵/nr  一平/nr  钱/nr  二/nr")).toEqual([
      ["赵一平", false],
      ["钱二", false],
    ]);
  });

  it("marks a run inside a bracketed compound, and pairs compound surnames", () => {
    expect(names("[孙/nr  中山/nr  纪念馆/n]nt  欧阳/nr  修/nr  来/v")).toEqual([
      ["孙中山", true],
      ["欧阳修", false],
    ]);
  });

  it("reads 1 + 1 + 2 as one married name only when the run is exactly that", () => {
    expect(names("李/nr  张/nr  大卫/nr  和/c  克林顿/nr")).toEqual([
      ["李张大卫", false],
      ["克林顿", false],
    ]);
    expect(names("李/nr  张/nr  大卫/nr  王/nr")).toHaveLength(3);
  });

  it("ends a run at any other tag, and at the end of the paragraph", () => {
    expect(names("江/nr  泽民/nr  、/w  李/nr  鹏/nr")).toEqual([
      ["江泽民", false],
      ["李鹏", false],
    ]);
  });
});
