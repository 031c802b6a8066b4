import { describe, expect, it } from "vitest";
import { creditMarkAfterName } from "./credit-mark-after";

const at = (text: string, name: string) => creditMarkAfterName(Array.from(text), text.indexOf(name) + name.length);

describe("a credit's mark right after a name", () => {
  it("closes a photo credit or a report's credit", () => {
    expect(at("孩子们在雪地里堆雪人。（金若时摄）", "金若时")).toBe(true);
    expect(at("金若时摄", "金若时")).toBe(true);
    expect(at("本报记者宁可都报道：春耕开始了", "宁可都")).toBe(true);
  });

  it("is no credit's mark in running text", () => {
    expect(at("金若时摄下了这一幕", "金若时")).toBe(false);
    expect(at("各家报纸都报道了这件事", "报纸")).toBe(false);
    expect(at("宁可都报道", "宁可都")).toBe(false);
    expect(at("金若时说", "金若时")).toBe(false);
  });
});
