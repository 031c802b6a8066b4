import { describe, expect, it } from "vitest";
import { authorLine, bylineParagraph, creditAfterDateline } from "./credit";
import { tokensOf } from "./test-tokens";

describe("bylineParagraph", () => {
  it("reads 本报记者 and the names run together after it", () => {
    expect(bylineParagraph(tokensOf("本报/r  记者/n  林/nr  海涛/nr  欧阳/nr  青/nr"))).toEqual({
      raw: "本报记者林海涛欧阳青",
      reporters: ["林海涛", "欧阳青"],
    });
  });

  it("reads several roles, a posted correspondent and a paper's name", () => {
    expect(
      bylineParagraph(tokensOf("本报/r  驻/v  挪威/ns  记者/n  许/nr  岚/nr  新华社/nt  记者/n  王/nr  立/nr"))
        ?.reporters,
    ).toEqual(["许岚", "王立"]);
    expect(bylineParagraph(tokensOf("《/w  东溪/ns  日报/n  》/w  记者/n  赵/nr  大山/nr"))?.reporters).toEqual([
      "赵大山",
    ]);
  });

  it("is null for a photo credit, body text, or a role without a name", () => {
    expect(bylineParagraph(tokensOf("（/w  新华社/nt  记者/n  何/nr  一帆/nr  摄/Vg  ）/w"))).toBeNull();
    expect(bylineParagraph(tokensOf("新华社/nt  记者/n  何/nr  一帆/nr  摄/Vg"))).toBeNull();
    expect(bylineParagraph(tokensOf("记者/n  从/p  会/n  上/f  获悉/v"))).toBeNull();
    expect(bylineParagraph(tokensOf("本报/r  评论员/n"))).toBeNull();
  });
});

describe("authorLine", () => {
  it("reads one to three bare names", () => {
    expect(authorLine(tokensOf("吴/nr  静之/nr"))).toEqual({ raw: "吴静之", reporters: ["吴静之"] });
    expect(authorLine(tokensOf("许/nr  岚/nr  王/nr  立/nr"))?.reporters).toEqual(["许岚", "王立"]);
  });

  it("is null for a longer list of names, or anything that is not only names", () => {
    expect(authorLine(tokensOf("许/nr  岚/nr  王/nr  立/nr  宋/nr  雨桐/nr  赵/nr  大山/nr"))).toBeNull();
    expect(authorLine(tokensOf("吴/nr  静之/nr  说/v"))).toBeNull();
  });
});

describe("creditAfterDateline", () => {
  it("reads a bracketed credit after a 新华社 dateline", () => {
    const tokens = tokensOf(
      "新华社/nt  杭州/ns  ５月/t  １日/t  电/n  （/w  记者/n  张/nr  明远/nr  、/w  许/nr  岚/nr  ）/w  连日来/d",
    );
    expect(creditAfterDateline(tokens)).toEqual({ raw: "（记者张明远、许岚）", reporters: ["张明远", "许岚"] });
  });

  it("reads 本报讯 记者X 报道 and a credit that runs on into the sentence", () => {
    expect(creditAfterDateline(tokensOf("本报/r  讯/Ng  记者/n  周/nr  小岚/nr  报道/v  ：/w  日前/t"))).toEqual({
      raw: "记者周小岚",
      reporters: ["周小岚"],
    });
    expect(
      creditAfterDateline(
        tokensOf("本报/r  杭州/ns  ５月/t  ２日/t  讯/Ng  记者/n  王/nr  立/nr  从/p  会上/s  获悉/v"),
      )?.reporters,
    ).toEqual(["王立"]);
  });

  it("reads reporters of two agencies, separated by 、 or ，", () => {
    const tokens = tokensOf(
      "本报/r  讯/Ng  新华社/nt  记者/n  王/nr  立/nr  ，/w  本报/r  记者/n  许/nr  岚/nr  报道/v",
    );
    expect(creditAfterDateline(tokens)?.reporters).toEqual(["王立", "许岚"]);
  });

  it("reads a dateline quoted from the agency (据新华社…电)", () => {
    const tokens = tokensOf(
      "据/p  新华社/nt  杭州/ns  ５月/t  １日/t  电/n  （/w  记者/n  张/nr  明远/nr  ）/w  连日来/d",
    );
    expect(creditAfterDateline(tokens)?.reporters).toEqual(["张明远"]);
  });

  it("is null without a dateline, or when the 记者 after it names no one", () => {
    expect(creditAfterDateline(tokensOf("记者/n  周/nr  小岚/nr  报道/v"))).toBeNull();
    expect(
      creditAfterDateline(tokensOf("新华社/nt  杭州/ns  ５月/t  １日/t  电/n  记者/n  从/p  会上/s  获悉/v")),
    ).toBeNull();
  });
});
