import { describe, expect, it } from "vitest";
import { rankAfterName } from "./rank-after-name";

const chars = (text: string) => Array.from(text);

describe("rankAfterName", () => {
  it("finds an officer's rank after the name", () => {
    expect(rankAfterName(chars("于长青少将任副司令员"), 3)).toBe("少将");
    expect(rankAfterName(chars("由于长青中将主持"), 4)).toBe("中将");
    expect(rankAfterName(chars("于长青上校"), 3)).toBe("上校");
  });

  it("finds a player's rank: a numeral and 段", () => {
    expect(rankAfterName(chars("和林小峰三段对局"), 4)).toBe("三段");
    expect(rankAfterName(chars("林小峰初段"), 3)).toBe("初段");
  });

  it("finds no rank in other words after the name", () => {
    expect(rankAfterName(chars("于长青将军"), 3)).toBeNull();
    expect(rankAfterName(chars("于长青段落"), 3)).toBeNull();
    expect(rankAfterName(chars("于长青十段"), 3)).toBeNull();
    expect(rankAfterName(chars("于长青"), 3)).toBeNull();
  });
});
