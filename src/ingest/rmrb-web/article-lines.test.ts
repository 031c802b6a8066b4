import { describe, expect, it } from "vitest";
import { articleLines } from "./article-lines";

describe("articleLines", () => {
  it("reads kicker, headline, subheadline and numbered paragraphs off CRLF lines", () => {
    const text = "引题一行\r\n主题一行\r\n——副题一行\r\n\u3000\u3000第一段。\r\n\r\n\u3000\u3000第二段。\r\n";
    expect(articleLines(text)).toEqual({
      kicker: "引题一行",
      headline: "主题一行",
      subheadline: "——副题一行",
      paragraphs: [
        { text: "第一段。", line: 4 },
        { text: "第二段。", line: 6 },
      ],
      lastLine: 6,
    });
  });
  it("keeps an empty kicker's place", () => {
    expect(articleLines("\r\n主题\r\n\r\n\u3000\u3000正文。")).toMatchObject({
      kicker: "",
      headline: "主题",
      subheadline: "",
    });
  });
  it("reads a pictures-only file as a headline without paragraphs", () => {
    expect(articleLines("\r\n图片报道\r\n\r\n")).toEqual({
      kicker: "",
      headline: "图片报道",
      subheadline: "",
      paragraphs: [],
      lastLine: 2,
    });
  });
});
