import { describe, expect, it } from "vitest";
import { conjoinedCandidates, itemFrom, itemUntil, listNeighbours } from "./list-cue";

const span = (text: string, part: string) => {
  const start = Array.from(text.slice(0, text.indexOf(part))).length;
  return { start, end: start + Array.from(part).length };
};
const texts = (chars: string[], items: { start: number; end: number }[]) =>
  items.map((i) => chars.slice(i.start, i.end).join(""));

describe("list cue", () => {
  it("walks a 、 list both ways from a name, rare characters included (seed)", () => {
    const text = "及区领导陈伟敏、罗丽贤、赵德乾、肖华宏、杨泽鋆、曾梅青，金秀县领导";
    const chars = Array.from(text);
    // 区领导陈伟敏 is one item with its title: the title cue finds 陈伟敏
    expect(texts(chars, listNeighbours(chars, span(text, "赵德乾")))).toEqual(["罗丽贤", "肖华宏", "杨泽鋆", "曾梅青"]);
  });

  it("stops at an item that is not name-shaped", () => {
    const text = "学者王小明、北京大学、李华";
    const chars = Array.from(text);
    expect(texts(chars, listNeighbours(chars, span(text, "李华")))).toEqual([]);
    const other = "王小明、刘华、北京大学、李华";
    expect(texts(Array.from(other), listNeighbours(Array.from(other), span(other, "刘华")))).toEqual(["王小明"]);
  });

  it("reads items up to a separator, refusing long ones", () => {
    const chars = Array.from("甲、欧阳明华，乙");
    expect(itemFrom(chars, 2)).toEqual({ start: 2, end: 6 });
    expect(itemUntil(chars, 6)).toEqual({ start: 2, end: 6 });
    expect(itemFrom(Array.from("、这是一个很长的项目，"), 1)).toBeNull();
  });

  it("offers the name-shaped spans joined to a name by 和", () => {
    const text = "选手王小红和李芳获得亚军";
    const chars = Array.from(text);
    expect(texts(chars, conjoinedCandidates(chars, span(text, "王小红")))).toEqual(["李芳", "李芳获"]);
    expect(texts(chars, conjoinedCandidates(chars, span(text, "李芳")))).toEqual(["王小红"]);
  });
});
