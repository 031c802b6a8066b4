import { describe, expect, it } from "vitest";
import { isCreditNameShaped } from "./credit-surname";
import { creditRuns } from "./credit-cue";

describe("a surname that is also a conjunction, in a reporter's credit", () => {
  it("starts a name there", () => {
    expect(isCreditNameShaped(Array.from("暨明远"))).toBe(true);
    expect(isCreditNameShaped(Array.from("王明远"))).toBe(true);
    expect(isCreditNameShaped(Array.from("暨"))).toBe(false);
    expect(isCreditNameShaped(Array.from("暨明远川"))).toBe(false);
    expect(isCreditNameShaped(Array.from("暨和平"))).toBe(false);
  });

  it("makes the run after the role a credit", () => {
    const runs = creditRuns(Array.from("本报南山1月5日电 （记者暨明远、林海）南山外交部5日说"));
    expect(runs.map((r) => [r.start, r.end, r.afterRole])).toEqual([
      [13, 16, true],
      [17, 19, true],
    ]);
  });
});
