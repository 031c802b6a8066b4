import { describe, expect, it } from "vitest";
import { headlineGroups, isHeadlineLine } from "./headline-groups";
import { line } from "./testing-lines";

describe("headlineGroups", () => {
  it("splits a stacked headline into 引题, 主题 over two lines, and 副题", () => {
    const [group, ...rest] = headlineGroups([
      line("引题一行", 0, 0, 16, 1),
      line("主题第一行", 0, 22, 30, 2),
      line("主题第二行", 0, 56, 30, 3),
      line("副题一行", 0, 92, 16, 4),
      line("另一篇的标题", 400, 300, 30, 5),
    ]);
    expect(rest).toHaveLength(1);
    expect(group!.kicker.map((l) => l.text)).toEqual(["引题一行"]);
    expect(group!.title.map((l) => l.text)).toEqual(["主题第一行", "主题第二行"]);
    expect(group!.subtitles.map((l) => l.text)).toEqual(["副题一行"]);
  });
  it("leaves a banner standing far above a title out of its headline", () => {
    // A real page: the banner's bottom 69.5 pt above the title, within 1.8 of the title's ems.
    const groups = headlineGroups([
      line("认真学习宣传贯彻精神", 290, 998, 21.8, 1),
      line("心中有戒方能抵腐有力", 112, 1089.1, 38.6, 2),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => g.kicker.length === 0)).toBe(true);
  });
  it("joins two phrases of one headline on a row", () => {
    const groups = headlineGroups([line("发展新方位", 0, 0, 40), line("奋进新目标", 260, 0, 40)]);
    expect(groups).toHaveLength(1);
  });
  it("measures headlines against the body size", () => {
    expect(isHeadlineLine(line("小标题", 0, 0, 13), 8.28)).toBe(false);
    expect(isHeadlineLine(line("大标题", 0, 0, 16.56), 8.28)).toBe(true);
    // Real pages: a short item's headline, a kicker and a subtitle set at 14.72 pt on 8.28 pt body
    // (1.78 times), a subhead at 12.88 pt (1.56 times).
    expect(isHeadlineLine(line("一则短讯的标题", 0, 0, 14.72), 8.28)).toBe(true);
    expect(isHeadlineLine(line("文中的小标题", 0, 0, 12.88), 8.28)).toBe(false);
  });
});
