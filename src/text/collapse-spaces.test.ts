import { describe, expect, it } from "vitest";
import { collapseSpaces, joinColumnLines } from "./collapse-spaces";

describe("collapseSpaces", () => {
  it("removes the spaces of a justified CJK line", () => {
    expect(collapseSpaces("座 谈 上 举 行 了 合 作 签 约")).toBe("座谈上举行了合作签约");
  });
  it("removes spaces around digit runs next to CJK", () => {
    expect(collapseSpaces("本报讯 2 月 26 日，伊春市")).toBe("本报讯2月26日，伊春市");
    expect(collapseSpaces("共有 28 支参赛球队 300 多名")).toBe("共有28支参赛球队300多名");
  });
  it("removes a space after ASCII punctuation before CJK", () => {
    expect(collapseSpaces("会议强调, 要拓宽")).toBe("会议强调,要拓宽");
    expect(collapseSpaces("党组 (党")).toBe("党组(党");
  });
  it("keeps one space inside Latin text", () => {
    expect(collapseSpaces("来自 Huawei   Cloud 的专家")).toBe("来自Huawei Cloud的专家");
    expect(collapseSpaces("iPhone 14 Pro")).toBe("iPhone 14 Pro");
  });
  it("treats ideographic spaces and tabs as spaces", () => {
    expect(collapseSpaces("茂\u3000南\t区")).toBe("茂南区");
  });
});

describe("joinColumnLines", () => {
  it("joins CJK lines with nothing, even mid-word", () => {
    expect(joinColumnLines("铁力市市长吕晓", "光，铁力市")).toBe("铁力市市长吕晓光，铁力市");
  });
  it("joins two Latin words with a space", () => {
    expect(joinColumnLines("来自 Huawei", "Cloud 和")).toBe("来自 Huawei Cloud 和");
  });
});
