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
    expect(headlineCredits([title], [line("新时代", 300, 150, 30)])).toEqual([null]);
  });
});
