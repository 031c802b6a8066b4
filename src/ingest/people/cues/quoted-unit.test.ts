import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../test-helpers.test-helper";
import { isQuotedUnit } from "./quoted-unit";

const at = (text: string, name: string): [string[], number, number] => {
  const start = text.indexOf(name);
  return [Array.from(text), start, start + name.length];
};

describe("a unit's honour title quoted", () => {
  it("is a name and a unit word, the whole of the quote", () => {
    expect(isQuotedUnit(...at("给“柯杰班”官兵写信", "柯杰班"))).toBe(true);
    expect(isQuotedUnit(...at("授予“柯光连”称号", "柯光连"))).toBe(true);
    // not quoted, or more in the quote, or no name before the unit word
    expect(isQuotedUnit(...at("柯杰班全体战士", "柯杰班"))).toBe(false);
    expect(isQuotedUnit(...at("“学习柯杰班”", "柯杰班"))).toBe(false);
    expect(isQuotedUnit(...at("“柯杰”", "柯杰"))).toBe(false);
    expect(isQuotedUnit(...at("“三连”", "三连"))).toBe(false);
  });

  it("is no person anywhere in the article", () => {
    const people = extractPeople(
      plainArticle("回信勉励官兵", ["近日，主席钱志远给“柯杰班”官兵写信。", "柯杰班官兵表示，要弘扬柯杰精神。"]),
    );
    expect(people.map((p) => p.name)).not.toContain("柯杰班");
  });
});
