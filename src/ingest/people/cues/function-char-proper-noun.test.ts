import { describe, expect, it } from "vitest";
import { functionCharProperNounStart } from "./function-char-proper-noun";
import { titlesBefore } from "./title-phrase";

const nouns = new Set(["和平大学", "向阳", "同安县"]);
/** The title `text` ends with, read from `from` (its suffix), with the function character before it; null when not. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const start = functionCharProperNounStart(chars, chars.length - Array.from(from).length, chars.length, nouns);
  return start === null ? null : chars.slice(start).join("");
};

describe("a function character that opens a proper noun", () => {
  it("belongs to the title when it and the title's first characters are a proper noun", () => {
    expect(read("。和平大学历史系主任", "平大学历史系主任")).toBe("和平大学历史系主任");
    expect(read("他说同安县县长", "安县县长")).toBe("同安县县长");
  });

  it("is left off otherwise, and a two-character noun is not taken", () => {
    expect(read("。和南岭大学校长", "南岭大学校长")).toBeNull();
    expect(read("。向阳光公司经理", "阳光公司经理")).toBeNull();
    expect(read("。平大学校长", "平大学校长")).toBeNull();
  });

  it("reads the whole title before a name", () => {
    const chars = Array.from("。”和平大学循环研究所所长林大同说");
    const dictionary = { properNouns: nouns, commonWords: new Set<string>() };
    expect(titlesBefore(chars, chars.indexOf("林"), new Set(), undefined, dictionary)).toEqual([
      "和平大学循环研究所所长",
    ]);
  });
});
