import { describe, expect, it } from "vitest";
import { articleLines } from "./article-lines";
import { buildWebArticle } from "./build-web-article";
import { webPeopleSource } from "./web-people-source";

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
  it("reads people as the eval does: a byline under a heading, padded names, and a paragraph's indent inside a line", () => {
    const a = article(
      [
        "",
        "主题",
        "",
        "\u3000\u3000一条小标题",
        "\u3000\u3000本报记者 林\u00a0\u00a0舟",
        "\u3000\u3000守在路口的普通人\u3000\u3000王小川、李大海一早就到了。",
      ].join("\r\n"),
    );
    // the reader sees the lines as printed: the byline under its heading stays where it stands
    expect([a.byline, a.paragraphs]).toEqual([
      null,
      ["一条小标题", "本报记者 林\u00a0\u00a0舟", "守在路口的普通人\u3000\u3000王小川、李大海一早就到了。"],
    ]);
    expect(a.people).toEqual([
      { name: "林舟", roles: ["reporter"] },
      { name: "王小川", roles: [] },
      { name: "李大海", roles: [] },
    ]);
  });
  it("gives people extraction the kicker and the text without the credit after the dateline", () => {
    const lines = articleLines(
      "引题说张红梅\r\n主题\r\n——副题\r\n\u3000\u3000本报北京1月1日电\u3000（记者许岚）正文。\r\n",
    );
    expect(webPeopleSource(lines)).toEqual({
      title: "主题",
      subtitles: ["引题说张红梅", "副题"],
      byline: { raw: "（记者许岚）", reporters: ["许岚"] },
      paragraphs: ["本报北京1月1日电正文。"],
      caption: null,
    });
  });
});
