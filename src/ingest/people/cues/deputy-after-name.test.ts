import { describe, expect, it } from "vitest";
import { deputyTitleAfter } from "./deputy-after-name";

const chars = (s: string) => Array.from(s);

describe("deputy title after a name", () => {
  it("reads 代表 and 委员 after a name where the clause ends or the deputy speaks", () => {
    expect(deputyTitleAfter(chars("东岭科技董事长高建国代表说，要加快建设。"), 10)).toBe("代表");
    expect(deputyTitleAfter(chars("平安县县长宋志刚代表："), 8)).toBe("代表");
    expect(deputyTitleAfter(chars("林晓东委员建议，完善标准。"), 3)).toBe("委员");
    expect(deputyTitleAfter(chars("陈立新代表来自农业大学。"), 3)).toBe("代表");
    expect(deputyTitleAfter(chars("陈立新代表"), 3)).toBe("代表");
    expect(deputyTitleAfter(chars("林晓东委员——传承地方戏"), 3)).toBe("委员");
  });

  it("does not read the verb 代表 (represents) as a title", () => {
    expect(deputyTitleAfter(chars("高建国代表公司发言。"), 3)).toBeNull();
    expect(deputyTitleAfter(chars("高建国代表全体员工表示感谢。"), 3)).toBeNull();
    expect(deputyTitleAfter(chars("高建国说，代表们很忙。"), 3)).toBeNull();
  });
});
