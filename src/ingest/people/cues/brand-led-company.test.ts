import { describe, expect, it } from "vitest";
import { brandLedCompanyStart } from "./brand-led-company";
import { titlesBefore } from "./title-phrase";

const PLACES = new Set(["南岭市", "南岭"]);
const WORDS = new Set(["今年", "走访"]);
/** The title `text` ends with, read from `from`, with the group's short name before it; null when not. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const start = brandLedCompanyStart(chars, chars.length - Array.from(from).length, chars.length, PLACES, (w) =>
    WORDS.has(w),
  );
  return start === null ? null : chars.slice(start).join("");
};

describe("a group's short name before its company's place", () => {
  it("is taken when it opens its clause", () => {
    expect(read("。华能南岭市热力有限公司董事长", "南岭市热力有限公司董事长")).toBe("华能南岭市热力有限公司董事长");
    expect(read("华能南岭热力集团总经理", "南岭热力集团总经理")).toBe("华能南岭热力集团总经理");
  });

  it("is left when it is a word or a place, too long, inside a clause, or the title no company's", () => {
    expect(read("。今年南岭市热力有限公司董事长", "南岭市热力有限公司董事长")).toBeNull();
    expect(read("。走访南岭市热力有限公司董事长", "南岭市热力有限公司董事长")).toBeNull();
    expect(read("。华能国际电力南岭市热力有限公司董事长", "南岭市热力有限公司董事长")).toBeNull();
    expect(read("。我们去华能南岭市热力有限公司董事长", "南岭市热力有限公司董事长")).toBeNull();
    expect(read("。华能南岭市热力局局长", "南岭市热力局局长")).toBeNull();
  });

  it("reads the whole title before a name", () => {
    const chars = Array.from("“华能南岭市热力有限公司董事长林秀英说");
    expect(titlesBefore(chars, chars.indexOf("林"), PLACES)).toEqual(["华能南岭市热力有限公司董事长"]);
  });
});
