import { expect, it } from "vitest";
import { headlineSpaces } from "./headline-spaces";

it("drops the spaces of a letter-spaced headline and keeps a phrase break", () => {
  expect(headlineSpaces("茂 南 区 侨 联 到 化 州 市")).toBe("茂南区侨联到化州市");
  expect(headlineSpaces("南北联动 合力打造新时代区域友好合作典范")).toBe("南北联动 合力打造新时代区域友好合作典范");
  expect(headlineSpaces("新时代：发展新方位  奋进新目标")).toBe("新时代：发展新方位 奋进新目标");
});
