import { expect, it } from "vitest";
import { bodySizeOf } from "./body-size";

it("is the size most characters are set in, not the biggest or the most runs", () => {
  const runs = [
    { text: "大标题", size: 30 },
    { text: "正文正文正文正文正文", size: 9 },
    { text: "小", size: 7 },
    { text: "小", size: 7 },
  ];
  expect(bodySizeOf(runs)).toBe(9);
});
