import { describe, expect, it } from "vitest";
import { isHeadlineTalkVerb } from "./headline-talk-verb";

const noTitle = () => false;

describe("a headline's 谈 after the people's word", () => {
  it("is the verb, not a surname", () => {
    expect(isHeadlineTalkVerb(Array.from("专家谈用新眼光看发展"), 2, 4, noTitle)).toBe(true);
    expect(isHeadlineTalkVerb(Array.from("委员谈用新眼光"), 2, 4, (at) => at === 2)).toBe(true);
  });

  it("leaves a name led by 谈 with no people's word before, and longer names", () => {
    expect(isHeadlineTalkVerb(Array.from("今天谈用来了"), 2, 4, noTitle)).toBe(false);
    expect(isHeadlineTalkVerb(Array.from("专家谈远山说"), 2, 5, noTitle)).toBe(false);
  });
});

describe("a headline's 谈 in an article", () => {
  it("is no name in the title, and a name still in the body", async () => {
    const { extractPeople } = await import("../extract-people");
    const names = (title: string, paragraph: string) =>
      extractPeople({ title, subtitles: [], byline: null, paragraphs: [paragraph], caption: null }).map((p) => p.name);
    expect(names("专家谈用法治思维化解矛盾", "会上大家发言踊跃。")).not.toContain("谈用");
    expect(names("会上发言踊跃", "专家谈远山说，要用好法治思维。")).toContain("谈远山");
  });
});
