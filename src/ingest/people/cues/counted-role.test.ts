import { describe, expect, it } from "vitest";
import { countedRoleBefore } from "./counted-role";
import { creditRuns } from "./credit-cue";

const chars = (text: string) => Array.from(text);

describe("a reporter's role after a count", () => {
  it("reads the counted role before a name", () => {
    expect(countedRoleBefore(chars("采访的3名记者王小川"), 7)).toBe("记者");
    expect(countedRoleBefore(chars("两位记者王小川"), 4)).toBe("记者");
  });

  it("reads no counted role where no count stands before it", () => {
    expect(countedRoleBefore(chars("（记者王小川）"), 3)).toBeNull();
    expect(countedRoleBefore(chars("人名记者王小川"), 4)).toBeNull();
  });

  it("opens no credit after a count", () => {
    expect(creditRuns(chars("采访的3名记者王小川、李大海，他们"))).toEqual([]);
    expect(creditRuns(chars("（记者王小川、李大海）")).length).toBeGreaterThan(0);
  });
});
