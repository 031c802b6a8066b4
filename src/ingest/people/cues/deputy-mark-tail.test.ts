import { describe, expect, it } from "vitest";
import { endsInDeputyMark } from "./deputy-mark-tail";

const ends = (text: string, name: string) => {
  const start = text.indexOf(name);
  return endsInDeputyMark(Array.from(text), start, start + name.length);
};

describe("a name ending in the deputy mark of the title after it", () => {
  it("is a surname or a verb read with 副 before a title", () => {
    expect(ends("找办公室宋副主任反映问题", "宋副")).toBe(true);
    expect(ends("大会推选罗秀梅任副主席。", "任副")).toBe(true);
  });

  it("stays when no title follows 副, or when 副 is not the name's end", () => {
    expect(ends("宋副说，明天再来", "宋副")).toBe(false);
    expect(ends("宋副秋主任说", "宋副秋")).toBe(false);
    expect(ends("副主任说", "副")).toBe(false);
  });
});
