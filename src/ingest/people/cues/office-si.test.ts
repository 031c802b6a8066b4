import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";
import { afterOfficeSi } from "./office-si";

const chars = (s: string) => Array.from(s);
/** afterOfficeSi for the name `name` in `text`. */
const cut = (text: string, name: string) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return afterOfficeSi(chars(text), start, start + Array.from(name).length) - start;
};

describe("a ministry's department run into a name", () => {
  it("takes the department's 司 off a name after a body's department", () => {
    expect(cut("某某部规划司高建鹏告诉记者", "司高建鹏")).toBe(1);
    expect(cut("某某委老幼健康司方晓宁介绍", "司方晓宁")).toBe(1);
    expect(cut("某某部老年保障司聂明华说", "司聂明华")).toBe(1);
  });

  it("keeps 司 as a surname after a title, a verb or a break, and 部司", () => {
    expect(cut("护士长司怡报名", "司怡")).toBe(0);
    expect(cut("，司建国说", "司建国")).toBe(0);
    expect(cut("会见司建国", "司建国")).toBe(0);
    expect(cut("某部司方晓宁", "司方晓宁")).toBe(0);
    expect(cut("市场局里司马光说", "司马光")).toBe(0);
  });

  it("ships the name without 司", () => {
    const names = extractPeople(plainArticle("某某委老幼健康司方晓宁介绍，孕产妇的检查已经恢复。")).map((p) => p.name);
    expect(names).toContain("方晓宁");
    expect(names).not.toContain("司方晓宁");
  });
});
