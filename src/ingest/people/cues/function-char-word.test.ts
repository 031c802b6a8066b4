import { describe, expect, it } from "vitest";
import { functionCharWordStart } from "./function-char-word";
import { titlesBefore } from "./title-phrase";
import { mentionRoles } from "../roles";
import { taggedWith } from "../test-helpers.test-helper";

const words = new Set(["高等", "中等", "将军", "和平", "军队", "但是"]);
const isWord = (w: string) => words.has(w);
/** The title `text` ends with, read from its suffix `from`, over a function-character word; null when not. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const start = functionCharWordStart(chars, chars.length - Array.from(from).length, chars.length, isWord);
  return start === null ? null : chars.slice(start).join("");
};

describe("a function character inside a word of the organisation's name", () => {
  it("reads a title over a word ending in 等 to its clause start", () => {
    expect(read("。文化部中等艺术司司长", "艺术司司长")).toBe("文化部中等艺术司司长");
    expect(read("，省教委高等教育处处长", "教育处处长")).toBe("省教委高等教育处处长");
  });

  it("reads a road, street or village named by a word that opens with a function character", () => {
    expect(read("，青城分局将军桥派出所民警", "军桥派出所民警")).toBe("青城分局将军桥派出所民警");
    expect(read("。和平街社区主任", "平街社区主任")).toBe("和平街社区主任");
  });

  it("leaves a function character that is a preposition, a list's 等 or a clause word", () => {
    // 将 before 军队: 军队 is a word of its own
    expect(read("，将军队医院院长", "军队医院院长")).toBeNull();
    // 等 after names (`A、B等`): 等 and the character before it are no word
    expect(read("，张明等教育处处长", "教育处处长")).toBeNull();
    // no unit after the word: 将军 alone before a title
    expect(read("，将军事学院院长", "军事学院院长")).toBeNull();
    expect(read("。但是教育处处长", "教育处处长")).toBeNull();
  });

  it("reads the whole title before a name, and a description before one", () => {
    const chars = Array.from("。文化部中等艺术司司长林大同说");
    const dictionary = { properNouns: new Set<string>(), commonWords: words };
    expect(titlesBefore(chars, chars.indexOf("林"), new Set(), undefined, dictionary)).toEqual([
      "文化部中等艺术司司长",
    ]);
    const roles = [
      ...mentionRoles(taggedWith("，青城分局将军桥派出所民警高志远赶到", ["高志远"]), new Set(), dictionary),
    ].map(([m, r]) => [m.name, r]);
    expect(roles).toEqual([["高志远", ["青城分局将军桥派出所民警"]]]);
  });
});
