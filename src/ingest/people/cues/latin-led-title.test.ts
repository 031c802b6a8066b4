import { describe, expect, it } from "vitest";
import { latinLedTitleStart } from "./latin-led-title";

const read = (text: string, role: string) => {
  const chars = Array.from(text);
  const start = text.lastIndexOf(role);
  const end = start + Array.from(role).length;
  const at = latinLedTitleStart(chars, start, end);
  return at === null ? null : chars.slice(at, end).join("");
};

describe("a title cut in front by a Latin word", () => {
  it("reads the Latin word and the organisation before it", () => {
    expect(read("，南山医科大学东湖医院ICU医生张海生说", "医生")).toBe("南山医科大学东湖医院ICU医生");
    expect(read("。南湖大学WTO研究院院长李明远认为", "研究院院长")).toBe("南湖大学WTO研究院院长");
    expect(read("据法国BFMTV电视台新闻评论员马丁说", "电视台新闻评论员")).toBe("法国BFMTV电视台新闻评论员");
  });

  it("opens the title with the Latin word after punctuation or a space", () => {
    expect(read("时间较短。 IMF新闻发言人莱斯说", "新闻发言人")).toBe("IMF新闻发言人");
    expect(read("（ABB中国总裁）", "中国总裁")).toBe("ABB中国总裁");
  });

  it("takes no number, no lower-case word and no long English run", () => {
    expect(read("，2020年医生张海生说", "医生")).toBeNull();
    expect(read("，app研究院院长李明远说", "研究院院长")).toBeNull();
    expect(read("，InternationalMonetary研究院院长李明远说", "研究院院长")).toBeNull();
    expect(read("，东湖医院医生张海生说", "医生")).toBeNull();
    // Han text before the word that is no title within the clause's bound: the word is not taken alone
    expect(
      read("，南山航天工业集团有限公司下属火箭动力研究院长风二号C运载火箭总指挥赵岩说", "运载火箭总指挥"),
    ).toBeNull();
  });
});
