import { describe, expect, it } from "vitest";
import { furnitureKind } from "./furniture";
import { line } from "./testing-lines";

describe("furnitureKind", () => {
  it("takes the header band and the 责任编辑 line for furniture", () => {
    expect(furnitureKind(line("7 理论", 500, 10, 20), 1000)).toBe("header");
    expect(furnitureKind(line("责任编辑：张三", 10, 900), 1000)).toBe("editor");
  });
  it("takes a graphics credit on a line of its own for furniture, not one inside a sentence", () => {
    expect(furnitureKind(line("本版制图：李姿阅", 930, 1420, 8.3), 1438)).toBe("editor");
    expect(furnitureKind(line("制图：李姿阅", 940, 1420, 8.3), 1438)).toBe("editor");
    expect(furnitureKind(line("制图：李姿阅。本文图表由作者提供", 10, 900), 1438)).toBeNull();
  });
  it("leaves body text alone, even at the foot of the page", () => {
    expect(furnitureKind(line("正文一行。", 10, 985), 1000)).toBeNull();
  });
});
