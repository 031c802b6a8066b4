import { describe, expect, it } from "vitest";
import { chainBeforeDescription, chainBeforeTitles, MAX_CHAINED_DESCRIPTIONS } from "./chained-description";
import { titlesBefore } from "./title-phrase";
import { descriptionBefore } from "./description";

const chars = (s: string) => Array.from(s);
const chainOf = (text: string, description: string) => {
  const c = chars(text);
  const start = text.indexOf(description);
  return chainBeforeDescription(
    c,
    start,
    (end) => titlesBefore(c, end),
    (end) => descriptionBefore(c, end),
  );
};

describe("chained description", () => {
  it("reads the posts printed before a description in a 、 chain", () => {
    expect(chainOf("。南岭县援鄂医疗队队员、青山医院呼吸科护士王晓红说", "青山医院呼吸科护士")).toEqual([
      "南岭县援鄂医疗队队员",
    ]);
    expect(chainOf("。县委常委、副县长、南岭论坛中方联络人李明说", "南岭论坛中方联络人")).toEqual([
      "县委常委",
      "副县长",
    ]);
  });

  it("reads nothing without a 、, after 的 or past the bound", () => {
    expect(chainOf("。青山医院呼吸科护士王晓红说", "青山医院呼吸科护士")).toEqual([]);
    expect(chainOf("。《南岭周刊》的专栏作家、文学评论家王晓红说", "文学评论家")).toEqual([]);
    const long = Array.from({ length: MAX_CHAINED_DESCRIPTIONS + 1 }, () => "村民").join("、");
    expect(chainOf(`。${long}、青山医院护士王晓红说`, "青山医院护士")).toHaveLength(MAX_CHAINED_DESCRIPTIONS);
  });
});

describe("descriptions before a chain of titles", () => {
  const before = (text: string, name: string) => {
    const c = chars(text);
    const start = text.indexOf(name);
    return chainBeforeTitles(
      c,
      start,
      titlesBefore(c, start),
      (end) => titlesBefore(c, end),
      (end) => descriptionBefore(c, end),
    );
  };

  it("reads a description printed before the titles in their 、 chain", () => {
    expect(before("”学校扶贫干部、县委常委王晓红说", "王晓红")).toEqual(["学校扶贫干部"]);
    expect(before("。山城研究院博士、县委常委、副县长李明说", "李明")).toEqual(["山城研究院博士"]);
  });

  it("reads nothing without a 、, without titles, or for a description cut in front", () => {
    expect(before("”学校扶贫干部县委常委王晓红说", "王晓红")).toEqual([]);
    expect(before("”学校扶贫干部、王晓红说", "王晓红")).toEqual([]);
    expect(before("。“友谊勋章”获得者、县委常委王晓红说", "王晓红")).toEqual([]);
    expect(before("，他说起学校扶贫干部、县委常委王晓红", "王晓红")).toEqual([]);
  });
});
