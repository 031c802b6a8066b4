import { describe, expect, it } from "vitest";
import { creditMarkAfterName, isBracketedPhotoCredit } from "./credit-mark-after";

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

describe("a bracket of one name and a photo's mark", () => {
  const bracket = (text: string, name: string) => {
    const start = text.indexOf(name);
    return isBracketedPhotoCredit(Array.from(text), start, start + name.length);
  };

  it("is the photographer's name, a common word or not", () => {
    expect(bracket("图为新修的码头。（远方摄）", "远方")).toBe(true);
    expect(bracket("（柴文时摄）", "柴文时")).toBe(true);
  });

  it("is no credit without the bracket or the mark", () => {
    expect(bracket("远方摄）", "远方")).toBe(false);
    expect(bracket("（远方摄影）", "远方")).toBe(false);
    expect(bracket("（远方）", "远方")).toBe(false);
  });
});
