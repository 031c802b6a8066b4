import { describe, expect, it } from "vitest";
import { headlineText } from "./headline-text";

describe("headlineText", () => {
  it("keeps a phrase space and removes digit spacing", () => {
    expect(headlineText(["南北联动 合力打造新时代区域友好合作典范"])).toBe("南北联动 合力打造新时代区域友好合作典范");
    expect(headlineText(["茂南召开 2023 年区直机关党的建设工作会议"])).toBe("茂南召开2023年区直机关党的建设工作会议");
  });
  it("joins wrapped lines with nothing", () => {
    expect(headlineText(["茂名市委第五交叉巡察", "组巡察茂南区民政局", "党组工作动员会召开"])).toBe(
      "茂名市委第五交叉巡察组巡察茂南区民政局党组工作动员会召开",
    );
    expect(headlineText(["金塘镇首届“油城墟·乡村", "振兴”篮球赛圆满闭幕"])).toBe(
      "金塘镇首届“油城墟·乡村振兴”篮球赛圆满闭幕",
    );
  });
  it("marks a line break at a phrase with a space", () => {
    expect(headlineText(["加强巡察监督", "推进全面从严治党向", "基层延伸"])).toBe(
      "加强巡察监督 推进全面从严治党向基层延伸",
    );
    expect(headlineText(["以比赛提升凝聚力", "以活动丰富群众生活"])).toBe("以比赛提升凝聚力 以活动丰富群众生活");
  });
  it("collapses a spaced-out headline", () => {
    expect(headlineText(["春 节 特 刊 欢 度 新 春"])).toBe("春节特刊欢度新春");
  });
});
