import { expect, it } from "vitest";
import { isSourceNote } from "./source-note";

it("knows a chart's source note, not body text about sources", () => {
  expect(isSourceNote("数据来源：茂南区直机关工委2022年度党建考核")).toBe(true);
  expect(isSourceNote("资料来源: 国家统计局")).toBe(true);
  expect(isSourceNote("注：2022年为初步核算数。")).toBe(true);
  expect(isSourceNote("数据来源于各地上报的统计，")).toBe(false);
  expect(isSourceNote("注重发挥基层党组织作用，")).toBe(false);
});
