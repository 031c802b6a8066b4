import { describe, expect, it } from "vitest";
import { CREDIT_GAP_EMS, headlineCredits } from "./headline-credit";
import { line } from "./testing-lines";

const title = { box: { x: 50, y: 100, w: 600, h: 44 }, size: 44, vertical: false };
const vertical = { box: { x: 960, y: 280, w: 39, h: 400 }, size: 38.6, vertical: true };

describe("headlineCredits", () => {
  it("takes the name centred under a headline as its byline", () => {
    const name = line("陈 曙 光", 360, 162, 9.7);
    const [credit] = headlineCredits([title], [name]);
    expect(credit?.byline.reporters).toEqual(["陈曙光"]);
    expect(credit?.lines).toEqual([name]);
  });
  it("reads a name letter-spaced into pieces of one row", () => {
    const pieces = [line("叶", 291, 160, 9.7, 1), line("帆", 312, 160, 9.7, 2)];
    expect(headlineCredits([title], pieces)[0]?.byline.reporters).toEqual(["叶帆"]);
  });
  it("takes the name stacked beside a vertical headline", () => {
    const name = line("欧阳辉", 925, 450, 9.7, 1, true);
    expect(headlineCredits([vertical], [name])[0]?.byline.reporters).toEqual(["欧阳辉"]);
  });
  it("leaves text that is not a name, or stands too far, or outside the headline's span", () => {
    const far = line("陈曙光", 360, 144 + CREDIT_GAP_EMS * 44 + 5, 9.7);
    const outside = line("陈曙光", 680, 160, 9.7);
    const sentence = line("这是正文的第一行文字。", 60, 160, 9.7);
    expect(headlineCredits([title], [far, outside, sentence])).toEqual([null]);
  });
  it("does not take a line set as large as a headline", () => {
    expect(headlineCredits([title], [line("新时代", 300, 150, 40)])).toEqual([null]);
  });
  it("reads several authors on one row, a spaced two-character name among them", () => {
    const row = [line("汪", 300, 150, 9.7, 1), line("涛", 321, 150, 9.7, 2), line("吴光胜", 342, 150, 9.7, 3)];
    const [credit] = headlineCredits([title], row);
    expect(credit?.byline).toEqual({ raw: "汪涛 吴光胜", reporters: ["汪涛", "吴光胜"] });
    expect(credit?.lines).toEqual(row);
  });
  it("takes the name under a short item's headline (9.7 pt under 14.7 pt)", () => {
    const small = { box: { x: 780, y: 1150, w: 221, h: 16.6 }, size: 14.7, vertical: false };
    expect(headlineCredits([small], [line("肖珺", 876, 1170, 9.7)])[0]?.byline.reporters).toEqual(["肖珺"]);
  });
  it("takes a name stacked in two pieces beside a vertical headline", () => {
    const pieces = [line("晁", 926.7, 340.1, 9.7, 1, true), line("仁", 926.7, 361.1, 9.7, 2, true)];
    expect(headlineCredits([vertical], pieces)[0]?.byline.reporters).toEqual(["晁仁"]);
  });
  it("takes a vertical name overlapping the headline's glyph box, its middle outside", () => {
    // A real page: the title's box 187.4–226.0, the name's 221.7–231.4.
    const left = { box: { x: 187.4, y: 886.5, w: 38.6, h: 443.7 }, size: 38.6, vertical: true };
    expect(headlineCredits([left], [line("肖凌之", 221.7, 1071.1, 9.7, 1, true)])[0]?.byline.reporters).toEqual([
      "肖凌之",
    ]);
    expect(headlineCredits([left], [line("肖凌之", 212, 1071.1, 9.7, 1, true)])).toEqual([null]);
  });
});
