import { describe, expect, it } from "vitest";
import { inlineByline, startsWithDateline } from "./dateline";

describe("startsWithDateline", () => {
  it("knows local and agency datelines", () => {
    expect(startsWithDateline("本报讯 日前，茂南区委书")).toBe(true);
    expect(startsWithDateline("本报北京1月5日电 记者")).toBe(true);
    expect(startsWithDateline("新华社北京１月１日电 ")).toBe(true);
  });
  it("does not fire inside running text", () => {
    expect(startsWithDateline("会议强调，要认真学习")).toBe(false);
    expect(startsWithDateline("据本报讯")).toBe(false);
  });
});

describe("inlineByline", () => {
  it("reads the reporter credit after a dateline and where it is", () => {
    const text = "本报讯（记者 钟 晓 通讯员 黄伟）日前，区卫生";
    const found = inlineByline(text);
    expect(found?.match).toEqual({ raw: "（记者 钟 晓 通讯员 黄伟）", reporters: ["钟晓", "黄伟"] });
    expect(text.slice(0, found!.start) + text.slice(found!.end)).toBe("本报讯日前，区卫生");
  });
  it("ignores brackets that are not a credit", () => {
    expect(inlineByline("本报讯（通讯稿）日前")).toBeNull();
    expect(inlineByline("会议（扩大）召开")).toBeNull();
  });
});
