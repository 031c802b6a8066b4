import { describe, expect, it } from "vitest";
import { properNounLedTitleStart } from "./proper-noun-led-title";

const properNouns = new Set(["里沙", "青岚", "东嘉维亚"]);
/** The title read with its proper noun when the parser's title is `cut` (a suffix of `text`); null when not. */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const start = properNounLedTitleStart(chars, chars.length - Array.from(cut).length, properNouns);
  return start === null ? null : chars.slice(start).join("");
};

describe("a title cut in front by a proper noun the parser does not know as a place", () => {
  it("takes the noun when it opens the clause or a list item", () => {
    expect(read("。里沙中国文化中心主任", "中国文化中心主任")).toBe("里沙中国文化中心主任");
    expect(read("里沙中国文化中心主任", "中国文化中心主任")).toBe("里沙中国文化中心主任");
    expect(read("、东嘉维亚国家银行行长", "国家银行行长")).toBe("东嘉维亚国家银行行长");
  });

  it("takes a county's name before an admin level, after a verb", () => {
    expect(read("四川通报青岚县委原书记", "县委原书记")).toBe("青岚县委原书记");
  });

  it("leaves a common word, a noun inside the clause, and a title that is not cut", () => {
    expect(read("，会见中国文化中心主任", "中国文化中心主任")).toBeNull();
    expect(read("，会见里沙中国文化中心主任", "中国文化中心主任")).toBeNull();
    expect(read("，里沙中国文化中心主任", "里沙中国文化中心主任")).toBeNull();
    expect(read("通报前县委原书记", "县委原书记")).toBeNull();
  });
});
