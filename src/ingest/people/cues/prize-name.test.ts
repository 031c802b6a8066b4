import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../test-helpers.test-helper";
import { isPrizeName } from "./prize-name";

const at = (text: string, name: string): [string[], number, number] => {
  const start = text.indexOf(name);
  return [Array.from(text), start, start + name.length];
};

describe("a cup or prize named after a person", () => {
  it("is a namesake and 杯 or 奖", () => {
    expect(isPrizeName(...at("青山队捧得周海杯", "周海杯"))).toBe(true);
    expect(isPrizeName(...at("他获得了罗伯特·林奖", "罗伯特·林奖"))).toBe(true);
    // no namesake before the prize word, or no prize word
    expect(isPrizeName(...at("捧得金杯", "金杯"))).toBe(false);
    expect(isPrizeName(...at("队长周海说", "周海"))).toBe(false);
  });

  it("is no person anywhere in the article", () => {
    const people = extractPeople(
      plainArticle("江北少年队夺得李宁杯", [
        "本报讯首届李宁杯少年体操邀请赛昨天在江北体育馆闭幕，主教练王立新说，孩子们打出了水平。",
      ]),
    );
    expect(people.map((p) => p.name)).not.toContain("李宁杯");
    expect(people.map((p) => p.name)).toContain("王立新");
  });
});
