import { describe, expect, it } from "vitest";
import { withoutOneCount } from "./copula-measure";
import { copulaTitlesAfter } from "./copula-titles";
import { descriptionBefore } from "./description";

describe("count of one after the copula", () => {
  it("drops a count of one before the role", () => {
    expect(withoutOneCount("个好人")).toBe("好人");
    expect(withoutOneCount("一名护士")).toBe("护士");
    expect(withoutOneCount("一位老党员")).toBe("老党员");
  });

  it("keeps a word that starts with a measure, and a role too short after it", () => {
    expect(withoutOneCount("个体户")).toBe("个体户");
    expect(withoutOneCount("名誉主席")).toBe("名誉主席");
    expect(withoutOneCount("个人")).toBe("个人");
    expect(withoutOneCount("护士")).toBe("护士");
  });

  it("reads the role after 是个 without the count", () => {
    const text = Array.from("王振华是个好人，大家都说。");
    const roles = copulaTitlesAfter(
      text,
      3,
      () => [],
      (end) => descriptionBefore(text, end),
    );
    expect(roles).toEqual(["好人"]);
  });
});
