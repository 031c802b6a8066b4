import { expect, it } from "vitest";
import { headlineSpaces } from "./headline-spaces";

it("drops the spaces of a letter-spaced headline and keeps a phrase break", () => {
  expect(headlineSpaces("茂 南 区 侨 联 到 化 州 市")).toBe("茂南区侨联到化州市");
  expect(headlineSpaces("南北联动 合力打造新时代区域友好合作典范")).toBe("南北联动 合力打造新时代区域友好合作典范");
  expect(headlineSpaces("新时代：发展新方位  奋进新目标")).toBe("新时代：发展新方位 奋进新目标");
});

it("reads no phrase break beside a subtitle's dash or a number", () => {
  expect(headlineSpaces("—— 2017 年中国经济亮点回眸")).toBe("——2017年中国经济亮点回眸");
  expect(headlineSpaces("—— 学习《论述》的体会")).toBe("——学习《论述》的体会");
  expect(headlineSpaces("迈向 G20 峰会 合作共赢")).toBe("迈向G20峰会 合作共赢");
});
