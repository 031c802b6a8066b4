import { describe, expect, it } from "vitest";
import { plainArticle } from "./plain-article";

describe("plain-text article", () => {
  it("takes a byline line as the byline and the other lines as paragraphs", () => {
    const a = plainArticle("■ 通讯员 钟 晓\n\n本报讯 日前，副区长 黄蓉 出席活动。\n会议要求，抓好落实。\n");
    expect(a.byline).toEqual({ raw: "■ 通讯员 钟 晓", reporters: ["钟晓"] });
    expect(a.paragraphs).toEqual(["本报讯日前，副区长黄蓉出席活动。", "会议要求，抓好落实。"]);
  });

  it("reads a credit after the dateline", () => {
    const a = plainArticle("本报讯（记者 张小明）日前，会议召开。");
    expect(a.byline?.reporters).toEqual(["张小明"]);
    expect(a.paragraphs).toEqual(["本报讯日前，会议召开。"]);
  });

  it("starts a paragraph where a paragraph's indent stands inside a line", () => {
    const a = plainArticle("\u3000\u3000守在路口的普通人\u3000\u3000王小川、李大海\n");
    expect(a.paragraphs).toEqual(["守在路口的普通人", "王小川、李大海"]);
  });

  it("has no byline when no line is one", () => {
    expect(plainArticle("记者从会上获悉，会议召开。").byline).toBeNull();
  });
});
