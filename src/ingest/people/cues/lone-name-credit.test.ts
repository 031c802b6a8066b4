import { describe, expect, it } from "vitest";
import { loneNameCreditSpan } from "./lone-name-credit";

describe("a name set as a paragraph of its own", () => {
  it("is a credit in brackets closing the piece", () => {
    expect(
      loneNameCreditSpan(
        ["新剧上演，观众叫好。", "（石  岩）"].map((p) => p.replace(/ /g, "")),
        1,
      ),
    ).toEqual({
      start: 1,
      end: 3,
    });
  });

  it("is a credit under a heading line", () => {
    const paragraphs = ["春天的信", "林禾", "那年春天，我收到一封信。"];
    expect(loneNameCreditSpan(paragraphs, 1)).toEqual({ start: 0, end: 2 });
    expect(loneNameCreditSpan(["远方来客", "阿布·米尔", "他来自远方。"], 1)).toEqual({ start: 0, end: 5 });
  });

  it("is a credit right above the author's note", () => {
    const paragraphs = ["我要去执行任务了。", "敬礼！", "柯秀刚 ", "（作者为南岭维和步兵营连长）"];
    expect(loneNameCreditSpan(paragraphs, 2)).toEqual({ start: 0, end: 3 });
    expect(loneNameCreditSpan(paragraphs, 1)).toBeNull();
    expect(loneNameCreditSpan(["我要去执行任务了。", "柯秀刚", "（作者单位：南岭大学）"], 1)).toEqual({
      start: 0,
      end: 3,
    });
  });

  it("is not a credit after a sentence, at the end of the text, or with other words", () => {
    expect(loneNameCreditSpan(["他说：", "林禾", "那年春天，我收到一封信。"], 1)).toBeNull();
    expect(loneNameCreditSpan(["春天的信", "林禾"], 1)).toBeNull();
    expect(loneNameCreditSpan(["春天的信", "林禾，女，", "那年春天，我收到一封信。"], 1)).toBeNull();
    expect(loneNameCreditSpan(["新剧上演。", "（2020年5月）"], 1)).toBeNull();
    expect(loneNameCreditSpan(["新剧上演。", "（本报评论部，执笔人众多）"], 1)).toBeNull();
    expect(loneNameCreditSpan(["（石岩）", "新剧上演。"], 0)).toBeNull();
  });
});
