import { describe, expect, it } from "vitest";
import { leadingAdverbialEnd } from "./leading-adverbial";
import { titlesBefore } from "./title-phrase";

/** The role `text` ends with, read from `from` (its suffix), without its leading adverbials; null when none. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const end = leadingAdverbialEnd(chars, chars.length - Array.from(from).length, chars.length);
  return end === null ? null : chars.slice(end).join("");
};

describe("a sentence's adverbial in front of a role", () => {
  it("takes a preposition or an adverbial of time off a role that starts its clause", () => {
    expect(read("。据该集团执行董事", "据该集团执行董事")).toBe("该集团执行董事");
    expect(read("。经过环保检察处负责人", "经过环保检察处负责人")).toBe("环保检察处负责人");
    expect(read("，这段时间南岭县志愿者协会会长", "这段时间南岭县志愿者协会会长")).toBe("南岭县志愿者协会会长");
    expect(read("此外据南岭公司经理", "此外据南岭公司经理")).toBe("南岭公司经理");
    expect(read("。就连南岭局局长", "就连南岭局局长")).toBe("南岭局局长");
    expect(read("，甚至南岭公司经理", "甚至南岭公司经理")).toBe("南岭公司经理");
  });

  it("leaves a role with none, one inside its clause, or one that would leave too little", () => {
    expect(read("。南岭公司经理", "南岭公司经理")).toBeNull();
    expect(read("。在职党员", "在职党员")).toBeNull();
    expect(read("他据公司经理", "据公司经理")).toBeNull();
    expect(read("。目前长", "目前长")).toBeNull();
  });

  it("reads the titles before a name without it", () => {
    const chars = Array.from("。据该集团执行董事邵启航透露");
    expect(titlesBefore(chars, chars.indexOf("邵"))).toEqual(["该集团执行董事"]);
  });
});
