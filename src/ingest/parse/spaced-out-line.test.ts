import { describe, expect, it } from "vitest";
import { isSpacedOut } from "./spaced-out-line";

describe("isSpacedOut", () => {
  it("knows justified lines spaced out character by character", () => {
    expect(isSpacedOut("座 谈 上 举 行 了 合 作 签 约")).toBe(true);
    expect(isSpacedOut("撂 荒 地 复 耕 复 种 工 作“ 加 速")).toBe(true);
    expect(isSpacedOut("本报讯 日 前 ，茂 南 召 开")).toBe(true);
  });
  it("does not take digit spacing or a phrase space for it", () => {
    expect(isSpacedOut("本报讯 2 月 26 日，伊春市")).toBe(false);
    expect(isSpacedOut("南北联动 合力打造新时代区域友好合作典范")).toBe(false);
    expect(isSpacedOut("座 谈")).toBe(false);
  });
});
