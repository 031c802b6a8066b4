import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { authorLabelNames } from "./author-label";

const names = (text: string) => {
  const chars = Array.from(text);
  return authorLabelNames(chars).map(({ start, end }) => chars.slice(start, end).join(""));
};

describe("a name after an author's label", () => {
  it("is read from the colon to the first character that is no Han", () => {
    expect(names("《远山的灯》  作者：江远")).toEqual(["江远"]);
    expect(names("笔记作者：柯晓岚，市医院护士")).toEqual(["柯晓岚"]);
    expect(names("作者： 石原野（本报特约）")).toEqual(["石原野"]);
  });

  it("needs the label, the colon and two to four characters", () => {
    expect(names("作者江远写道")).toEqual([]);
    expect(names("作者：江")).toEqual([]);
    expect(names("作者：江远山河岁月长")).toEqual([]);
  });

  it("keeps the name the tagger reads there, a word too", () => {
    const t = taggedWith("《远山的灯》 作者：晨风", ["晨风"], 0, () => 0.3);
    addCueMentions(t, 0, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => [m.name, m.source])).toEqual([["晨风", "title"]]);
    const missed = taggedWith("《远山的灯》 作者：晨风", [], 0, (s) => (s === "晨风" ? 0.001 : 0));
    addCueMentions(missed, 0, EMPTY_LEXICONS);
    expect(missed.mentions.map((m) => m.name)).toEqual(["晨风"]);
  });
});
