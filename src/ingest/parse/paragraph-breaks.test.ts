import { describe, expect, it } from "vitest";
import { bodyLine, paragraphStarts, type BodyLine } from "./paragraph-breaks";

const lines = (...specs: [string, boolean?][]): BodyLine[] =>
  specs.map(([text, blankBefore = false]) => bodyLine(text, blankBefore));
const COLUMN = 13;

describe("paragraphStarts", () => {
  it("continues across a column break mid-word", () => {
    expect(
      paragraphStarts(lines(["副区长黄蓉；铁力市市长吕晓"], ["光，铁力市副市长王卿江；乌翠", true]), COLUMN),
    ).toEqual([true, false]);
  });
  it("starts a paragraph after a short line that ends a sentence", () => {
    expect(
      paragraphStarts(lines(["副区长张玉梅等三地领导参加"], ["相关活动。"], ["考察团先后到粮丰园大厦", true]), COLUMN),
    ).toEqual([true, false, true]);
  });
  it("starts a paragraph with no blank line before it: an indented line after a full sentence end", () => {
    expect(
      paragraphStarts(
        lines(
          ["等资源的管理秩序，并举一反"],
          ["三，建立健全长效监管机制。", true],
          ["会议要求，要始终把政治建"],
          ["设摆在首位，不断增强党组的政", true],
        ),
        COLUMN,
      ),
    ).toEqual([true, false, true, false]);
  });
  it("does not split a full line that ends a sentence from a full line after it", () => {
    expect(
      paragraphStarts(
        lines(["丰田村代表队上演巅峰对决，争夺冠亚军。"], ["双方球员在你争我赶中，熟练地运球、传球、"]),
        19,
      ),
    ).toEqual([true, false]);
  });
  it("reads a short sentence after a blank line and a full sentence end as a one-line paragraph", () => {
    expect(paragraphStarts(lines(["共同打造新时代区域友好合作。"], ["会议还研究其他事项。", true]), COLUMN)).toEqual([
      true,
      true,
    ]);
  });
  it("reads the same without a blank line as the end of the paragraph", () => {
    expect(paragraphStarts(lines(["共同打造新时代区域友好合作。"], ["会议还研究其他事项。"]), COLUMN)).toEqual([
      true,
      false,
    ]);
  });
  it("honours forced starts", () => {
    expect(paragraphStarts(lines(["一"], ["二"]), COLUMN, [false, true])).toEqual([true, true]);
  });
});
