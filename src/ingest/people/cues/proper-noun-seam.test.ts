import { describe, expect, it } from "vitest";
import { crossesProperNounSeam } from "./proper-noun-seam";

const NOUNS = new Set(["南湾", "石岭"]);
const at = (text: string, name: string) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return crossesProperNounSeam(Array.from(text), start, start + Array.from(name).length, (w) => NOUNS.has(w));
};

describe("a name across the seam of two proper nouns", () => {
  it("finds a three-character run whose head is one proper noun and whose last character opens another", () => {
    expect(at("他回了南湾石岭老家。", "南湾石")).toBe(true);
  });

  it("leaves a name with only one side a proper noun, or of another length", () => {
    expect(at("他回了南湾石桥老家。", "南湾石")).toBe(false);
    expect(at("他回了北湾石岭老家。", "北湾石")).toBe(false);
    expect(at("他回了南湾石岭老家。", "湾石")).toBe(false);
  });
});
