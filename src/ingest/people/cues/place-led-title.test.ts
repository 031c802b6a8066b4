import { describe, expect, it } from "vitest";
import { placeLedTitleStart } from "./place-led-title";

const places = new Set(["南岭", "北山", "东川"]);
/** The title read to a place-led clause when the parser's title is `cut` (a suffix of `text`); null when not read. */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const end = chars.length;
  const start = placeLedTitleStart(chars, end - Array.from(cut).length, end, places);
  return start === null ? null : chars.slice(start, end).join("");
};

describe("a title cut inside a long body's name", () => {
  it("is read to its clause when the clause opens with a known place", () => {
    expect(read("。南岭国立科技大学北山研究中心主任", "北山研究中心主任")).toBe("南岭国立科技大学北山研究中心主任");
    expect(read("、南岭人民友谊大学副教授", "友谊大学副教授")).toBe("南岭人民友谊大学副教授");
    expect(read("，会见东川人民友谊大学副教授", "友谊大学副教授")).toBe("东川人民友谊大学副教授");
    expect(read("，南岭发布东川市委副书记", "市委副书记")).toBe("东川市委副书记");
  });

  it("is left when the clause opens with no known place, or the title starts a word", () => {
    expect(read("，感谢县医院院长", "医院院长")).toBeNull();
    expect(read("，南岭发布县委副书记", "县委副书记")).toBeNull();
    expect(read("，北山研究中心主任", "北山研究中心主任")).toBeNull();
    expect(read("的北山研究中心主任", "北山研究中心主任")).toBeNull();
  });
});
