import { describe, expect, it } from "vitest";
import { isAddressPrefixPiece } from "./address-prefix-piece";

const chars = Array.from("（日本）小野秀树");

describe("a Japanese name's 小 read as a form of address", () => {
  it("is the tagger's three-character piece after 小", () => {
    expect(isAddressPrefixPiece(chars, 4, 8, 5, 8)).toBe(true);
  });

  it("is no such piece when the piece is a surname or a given name (小王), ends elsewhere, or no 小 / 老 leads", () => {
    expect(isAddressPrefixPiece(Array.from("小王说"), 0, 2, 1, 2)).toBe(false);
    expect(isAddressPrefixPiece(chars, 4, 8, 5, 7)).toBe(false);
    expect(isAddressPrefixPiece(Array.from("（日本）中野秀树"), 4, 8, 5, 8)).toBe(false);
  });
});
