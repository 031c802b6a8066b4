import { describe, expect, it } from "vitest";
import { isBodyText, splitHeadline } from "./headline";

describe("splitHeadline", () => {
  it("splits a —— subtitle and a （附图片…） note off the title, keeping both as printed", () => {
    expect(splitHeadline("青石县新图书馆开馆——全县藏书突破１０万册（附图片１张）")).toEqual({
      title: "青石县新图书馆开馆",
      subtitles: ["全县藏书突破１０万册"],
      notes: ["（附图片１张）"],
    });
  });

  it("takes every note at the end, in printed order", () => {
    expect(splitHeadline("湖畔晨练（图片２张）（附表）").notes).toEqual(["（图片２张）", "（附表）"]);
    expect(splitHeadline("湖畔晨练（图片）").title).toBe("湖畔晨练");
  });

  it("leaves other bracketed endings in the title", () => {
    for (const title of ["江畔行（上）", "春山图（中国画）", "涨幅前五名（％）"]) {
      expect(splitHeadline(title)).toEqual({ title, subtitles: [], notes: [] });
    }
  });

  it("keeps a series part with its subtitle and the note apart", () => {
    expect(splitHeadline("绿在源头——东溪上游行（上）（附图片２张）")).toEqual({
      title: "绿在源头",
      subtitles: ["东溪上游行（上）"],
      notes: ["（附图片２张）"],
    });
  });

  it("reads three dashes as two, and does not split inside a book title", () => {
    expect(splitHeadline("一部好书———读《山河———一个县的故事》")).toEqual({
      title: "一部好书",
      subtitles: ["读《山河———一个县的故事》"],
      notes: [],
    });
  });

  it("leaves a single dash alone", () => {
    expect(splitHeadline("京—沪高速通车").title).toBe("京—沪高速通车");
  });
});

describe("isBodyText", () => {
  it("is true for a brief that opens with a dateline or has a full stop", () => {
    expect(isBodyText("本报讯记者周小岚报道：文化馆日前举办书法展览，展出作品８０幅。")).toBe(true);
    expect(isBodyText("新华社杭州５月１日电连日来，农民抢种早稻")).toBe(true);
    expect(isBodyText("县里的图书馆今天开馆。")).toBe(true);
  });

  it("is false for headlines, including questions, exclamations and photo headlines with a full stop", () => {
    expect(isBodyText("青石县新图书馆开馆——全县藏书突破１０万册")).toBe(false);
    expect(isBodyText("书该怎么读？")).toBe(false);
    expect(isBodyText("多读书！")).toBe(false);
    expect(isBodyText("湖畔。晨练的人们（图片）")).toBe(false);
  });
});
