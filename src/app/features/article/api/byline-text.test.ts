import { describe, expect, it } from "vitest";
import { bylineText } from "./byline-text";

describe("bylineText", () => {
  it("shows a byline line as printed, without its marker", () => {
    expect(bylineText({ byline: { raw: "■ 通讯员 郑伟业", reporters: ["郑伟业"] }, paragraphs: ["本报讯……"] })).toBe(
      "通讯员 郑伟业",
    );
  });
  it("shows only the names of a credit the first paragraph prints", () => {
    const article = {
      byline: { raw: "（记者张明远、许岚）", reporters: ["张明远", "许岚"] },
      paragraphs: ["新华社杭州５月１日电（记者张明远、许岚）连日来……"],
    };
    expect(bylineText(article)).toBe("张明远 许岚");
  });
  it("finds the credit in a later paragraph too", () => {
    const article = {
      byline: { raw: "记者施明", reporters: ["施明"] },
      paragraphs: ["运作呈现五个特点", "本报北京１月４日讯记者施明报道：……"],
    };
    expect(bylineText(article)).toBe("施明");
  });
  it("has nothing to show without a byline", () => {
    expect(bylineText({ byline: null, paragraphs: [] })).toBeNull();
  });
});
