import { describe, expect, it } from "vitest";
import { articleLines } from "./article-lines";
import { buildWebArticle } from "./build-web-article";

const article = (text: string) => buildWebArticle(articleLines(text), 3, "20200101-01-03.txt");

describe("buildWebArticle", () => {
  it("keeps the kicker, drops the subheadline's dashes and takes a byline paragraph out of the text", () => {
    const a = article("引题\r\n主题\r\n——副题\r\n\u3000\u3000本报记者　林晓舟\r\n\u3000\u3000正文。\r\n");
    expect([a.kicker, a.title, a.subtitles, a.byline?.reporters, a.paragraphs]).toEqual([
      "引题",
      "主题",
      ["副题"],
      ["林晓舟"],
      ["正文。"],
    ]);
    expect([a.seq, a.sourceFile, a.sourceLines]).toEqual([3, "20200101-01-03.txt", [1, 5]]);
  });
  it("reads the credit after a dateline as the byline and leaves it in the text", () => {
    const a = article("\r\n主题\r\n\r\n\u3000\u3000本报北京1月1日电　（记者许岚）正文。\r\n");
    expect(a.kicker).toBeUndefined();
    expect(a.byline).toEqual({ raw: "（记者许岚）", reporters: ["许岚"] });
    expect(a.paragraphs).toEqual(["本报北京1月1日电　（记者许岚）正文。"]);
  });
  it("keeps a subheadline of dashes alone as printed", () => {
    expect(article("\r\n主题\r\n——\r\n").subtitles).toEqual(["——"]);
  });
});
