import { describe, expect, it } from "vitest";
import { furnitureKind } from "./furniture";
import { line } from "./testing-lines";

describe("furnitureKind", () => {
  it("takes the header band and the 责任编辑 line for furniture", () => {
    expect(furnitureKind(line("7 理论", 500, 10, 20), 1000)).toBe("header");
    expect(furnitureKind(line("责任编辑：张三", 10, 900), 1000)).toBe("editor");
  });
  it("leaves body text alone, even at the foot of the page", () => {
    expect(furnitureKind(line("正文一行。", 10, 985), 1000)).toBeNull();
  });
});
