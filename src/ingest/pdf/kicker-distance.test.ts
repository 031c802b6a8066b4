import { describe, expect, it } from "vitest";
import { KICKER_MAX_GAP_EMS, tooFarForKicker } from "./kicker-distance";
import { line } from "./testing-lines";

describe("tooFarForKicker", () => {
  const title = line("心中有戒方能抵腐有力", 112.3, 1089.1, 38.6, 2);
  it("takes a banner standing over three of its ems above the title for no kicker", () => {
    // A real page: the section's slogan in a bar, 69.5 pt (3.2 of its 21.8 pt ems) above the title.
    expect(tooFarForKicker(line("认真学习宣传贯彻党的十九大精神", 290.3, 994.9, 21.8, 1), title)).toBe(true);
  });
  it("keeps a kicker close above its title, or as far as real kickers stand", () => {
    expect(tooFarForKicker(line("引题", 200, 1089.1 - 11 - 19.3, 19.3, 1), title)).toBe(false);
    const far = 1089.1 - (KICKER_MAX_GAP_EMS - 0.7) * 16.6 - 16.6;
    expect(tooFarForKicker(line("引题", 200, far, 16.6, 1), title)).toBe(false);
  });
  it("leaves lines of one size (a title over two lines) and vertical lines alone", () => {
    expect(tooFarForKicker(line("第一行", 0, 0, 38.6, 1), line("第二行", 0, 200, 38.6, 2))).toBe(false);
    expect(tooFarForKicker(line("竖", 0, 0, 20, 1, true), line("第二行", 0, 200, 38.6, 2))).toBe(false);
  });
});
