import { describe, expect, it } from "vitest";
import { chainBeforeDescription, MAX_CHAINED_DESCRIPTIONS } from "./chained-description";
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
