import { describe, expect, it } from "vitest";
import { clauseTitleStart } from "./title-clause";
import { MAX_NUMBER_DIGITS, numberInTitleStart } from "./numbered-unit";

/** The title read to its clause start, when the parser's title is `cut` (a suffix of the text before the name). */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const end = chars.length;
  return chars.slice(clauseTitleStart(chars, end - Array.from(cut).length, end)).join("");
};

describe("a number inside a title", () => {
  it("is read over when a measure counts it or 第 leads it", () => {
    expect(read("。南岭市第一医院12楼护士长", "护士长")).toBe("南岭市第一医院12楼护士长");
    expect(read("。北山48家集团俱乐部主席", "主席")).toBe("北山48家集团俱乐部主席");
    expect(read("、第72集团军某合成旅旅长", "旅长")).toBe("第72集团军某合成旅旅长");
  });

  it("still starts the clause when it is a date or stands alone", () => {
    expect(read("1月9日电  国家主席", "主席")).toBe("国家主席");
    expect(read("。今年2019年南岭市长", "市长")).not.toContain("2019");
    expect(read("。南岭第一医院12号病房护士长", "护士长")).toBe("号病房护士长");
  });

  it("says where the number starts, or null", () => {
    const chars = Array.from("医院12楼护士长");
    expect(numberInTitleStart(chars, 4)).toBe(2);
    expect(numberInTitleStart(Array.from("今年12月护士长"), 4)).toBeNull();
    expect(
      numberInTitleStart(Array.from(`医院${"1".repeat(MAX_NUMBER_DIGITS + 1)}楼`), 2 + MAX_NUMBER_DIGITS + 1),
    ).toBeNull();
  });
});
