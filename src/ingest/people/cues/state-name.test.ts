import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../test-helpers.test-helper";
import { isStateName } from "./state-name";

describe("a dynasty's or a state's name", () => {
  it("ends in 王朝, 帝国 or 王国 after a name", () => {
    expect(isStateName("青川王朝")).toBe(true);
    expect(isStateName("罗兰帝国")).toBe(true);
    expect(isStateName("苏林王国")).toBe(true);
    // the word alone, and names
    expect(isStateName("王朝")).toBe(false);
    expect(isStateName("王朝阳")).toBe(false);
    expect(isStateName("李国")).toBe(false);
  });

  it("is no person in the article", () => {
    const people = extractPeople(
      plainArticle("古城遗址发掘", ["铜器对于青川王朝的意义不言而喻，考古队领队许文涛说。"]),
    ).map((p) => p.name);
    expect(people).not.toContain("青川王朝");
    expect(people).toContain("许文涛");
  });
});
