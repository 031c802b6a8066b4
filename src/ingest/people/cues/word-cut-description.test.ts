import { describe, expect, it } from "vitest";
import { wordCutDescriptionStart } from "./word-cut-description";

const WORDS = new Set(["对话", "在职", "跟着", "了解"]);
/** The description before `name` in `text` when read from `from` (a cut reading), read whole; null when left. */
const read = (text: string, from: string, name: string) => {
  const chars = Array.from(text);
  const end = Array.from(text.slice(0, text.indexOf(name))).length;
  const start = wordCutDescriptionStart(chars, end - Array.from(from).length, end, (w) => WORDS.has(w));
  return start === null ? null : chars.slice(start, end).join("");
};

describe("a description cut at a function character opening a word", () => {
  it("is read on to its clause's start", () => {
    expect(read("会见了部长、海洋合作对话中方牵头人吴小梅，", "话中方牵头人", "吴小梅")).toBe("海洋合作对话中方牵头人");
    expect(read("他说，在职党员吴小梅带头。", "职党员", "吴小梅")).toBe("在职党员");
  });

  it("is left when the function character opens no word, or the phrase does not open its clause", () => {
    expect(read("会见了部长、海洋合作对面中方牵头人吴小梅，", "面中方牵头人", "吴小梅")).toBeNull();
    expect(read("他说是在职党员吴小梅带头。", "职党员", "吴小梅")).toBeNull();
    expect(read("他说我们的在职党员吴小梅带头。", "职党员", "吴小梅")).toBeNull();
  });

  it("is left when the word is a verb with its aspect or result marker", () => {
    expect(read("她十年前只身跟着丈夫吴小梅来到这里", "着丈夫", "吴小梅")).toBeNull();
    expect(read("，了解到老兵吴小梅在家", "解到老兵", "吴小梅")).toBeNull();
  });
});
