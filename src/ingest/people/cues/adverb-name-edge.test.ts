import { describe, expect, it } from "vitest";
import { ADVERB_EDGE_MIN_PROBABILITY, lengthBeforeAdverb } from "./adverb-name-edge";

const chars = (s: string) => Array.from(s);

describe("a youth's name that ends right before an adverb", () => {
  it("takes the length that reaches the adverb over a likelier shorter one", () => {
    const p = (n: number) => (n === 2 ? 0.99 : 0.004);
    expect(lengthBeforeAdverb(chars("禾立新常去湖边"), 0, [2, 3], p)).toBe(3);
  });

  it("keeps the likelier length where it reaches an adverb itself, or the longer one is too unlikely", () => {
    expect(lengthBeforeAdverb(chars("禾立也常去"), 0, [2], () => 0.9)).toBeNull();
    expect(
      lengthBeforeAdverb(chars("禾立新常去"), 0, [2, 3], (n) => (n === 2 ? 0.99 : ADVERB_EDGE_MIN_PROBABILITY / 2)),
    ).toBeNull();
    // the longer length already likelier: the slot takes it anyway
    expect(lengthBeforeAdverb(chars("禾立新常去"), 0, [2, 3], (n) => (n === 3 ? 0.9 : 0.1))).toBeNull();
  });
});
