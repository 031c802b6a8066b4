import { describe, expect, it } from "vitest";
import { namesIn } from "../test-helpers.test-helper";
import { elderAddressAt } from "./elder-address";

const chars = (text: string) => Array.from(text);

describe("an elder's address after a name", () => {
  it("reads 老 and a two-character form of address", () => {
    expect(elderAddressAt(chars("温君达老先生，"), 3)).toBe("先生");
    expect(elderAddressAt(chars("杜秀英老大娘"), 3)).toBe("大娘");
    expect(elderAddressAt(chars("吕光耀老同志"), 3)).toBe("同志");
  });

  it("reads nothing without 老 or without a form after it", () => {
    expect(elderAddressAt(chars("温君达先生"), 3)).toBeNull();
    expect(elderAddressAt(chars("温君达老家在"), 3)).toBeNull();
  });

  it("ends the name before 老, and the address vouches for it", () => {
    // the tagger reads 温君达老 (0.79) and 吕光耀老 (0.99); the names alone it doubts (0.21, 0.01)
    expect(namesIn("前来道贺的温君达老先生拄着拐杖。")).toEqual(["温君达"]);
    expect(namesIn("前来看望的吕光耀老同志握着他的手。")).toEqual(["吕光耀"]);
  });
});
