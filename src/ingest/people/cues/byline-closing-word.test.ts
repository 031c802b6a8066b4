import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { bylineNamesWithoutClosingWord } from "./byline-closing-word";

describe("byline closed by what its reporters did to the text", () => {
  it("takes the closing word off and reads the names again", () => {
    expect(bylineNamesWithoutClosingWord("本报记者  柯南山整理")).toEqual(["柯南山"]);
    expect(bylineNamesWithoutClosingWord("本报记者 宁禾整理\u00a0")).toEqual(["宁禾"]);
    expect(bylineNamesWithoutClosingWord("本报记者  柯南山  宁禾采访整理")).toEqual(["柯南山", "宁禾"]);
    expect(bylineNamesWithoutClosingWord("记者  方小山报道")).toEqual(["方小山"]);
  });

  it("reads nothing when the line has no closing word or does not read as a byline", () => {
    expect(bylineNamesWithoutClosingWord("本报记者  柯南山")).toBeNull();
    expect(bylineNamesWithoutClosingWord("本报记者  柯南山摄")).toBeNull();
    expect(bylineNamesWithoutClosingWord("整理")).toBeNull();
  });

  it("ships the whole name, not its pieces", () => {
    const people = extractPeople({
      title: "山里的水库建成了",
      subtitles: [],
      byline: { raw: "本报记者  柯南山整理", reporters: ["柯南", "山整理"] },
      paragraphs: ["南岭县今年新建了三座水库。"],
      caption: null,
    });
    expect(people.map((p) => p.name)).toEqual(["柯南山"]);
  });
});
