import { describe, expect, it } from "vitest";
import { GARBLED_SHARE, isGarbled, unreadableShare } from "./garbled-text";

describe("garbled text", () => {
  it("takes private-use glyphs above the threshold for garbage", () => {
    expect(isGarbled("\ue001\ue002\ue003正文")).toBe(true);
    expect(unreadableShare("\ue001\ue002")).toBe(1);
  });
  it("lets a rare unmapped glyph in real text pass", () => {
    const text = "中".repeat(Math.ceil(2 / GARBLED_SHARE)) + "\ue001";
    expect(isGarbled(text)).toBe(false);
  });
});
