import { describe, expect, it } from "vitest";
import { cleanSelection, encodeFragmentTerm, passageUrl, quoteText, textDirective } from "./quote";

const source = {
  headline: "茂南区召开会议",
  paperName: "茂名日报",
  date: "约2023年2月26日",
  url: "https://news.example.org/maonan/2023-02-26/1/1/",
  paragraphId: "p-0abc123",
};

describe("quoteText", () => {
  it("gives the quote, the headline in 《》, paper, date and the paragraph's link", () => {
    expect(quoteText("全力推进 高质量发展\n", source)).toBe(
      "“全力推进 高质量发展”——《茂南区召开会议》，茂名日报，约2023年2月26日，https://news.example.org/maonan/2023-02-26/1/1/#p-0abc123",
    );
  });
  it("collapses the line breaks between paragraphs", () => {
    expect(cleanSelection("  第一段。\n\n第二段。 ")).toBe("第一段。 第二段。");
  });
});

describe("text fragments", () => {
  it("encodes -, , and & besides what encodeURIComponent does", () => {
    expect(encodeFragmentTerm("a-b,c&d e")).toBe("a%2Db%2Cc%26d%20e");
    expect(encodeFragmentTerm("茂南")).toBe("%E8%8C%82%E5%8D%97");
  });
  it("names a short selection whole", () => {
    expect(textDirective("高质量发展")).toBe(`:~:text=${encodeURIComponent("高质量发展")}`);
    const thirty = "一".repeat(30);
    expect(textDirective(thirty)).toBe(`:~:text=${encodeURIComponent(thirty)}`);
  });
  it("names a long Chinese selection by 8 characters at each end", () => {
    const text = "一二三四五六七八" + "中".repeat(20) + "甲乙丙丁戊己庚辛";
    expect(textDirective(text)).toBe(
      `:~:text=${encodeURIComponent("一二三四五六七八")},${encodeURIComponent("甲乙丙丁戊己庚辛")}`,
    );
  });
  it("names a long Latin selection by whole words at each end", () => {
    const text = "the quick brown fox jumps over the lazy dog and runs far away from here";
    expect(textDirective(text)).toBe(":~:text=the%20quick%20brown%20fox,far%20away%20from%20here");
  });
  it("links the paragraph and the passage", () => {
    expect(passageUrl(source.url, source.paragraphId, "高质量-发展")).toBe(
      `${source.url}#p-0abc123:~:text=${encodeURIComponent("高质量")}%2D${encodeURIComponent("发展")}`,
    );
  });
});
