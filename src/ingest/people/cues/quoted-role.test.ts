import { describe, expect, it } from "vitest";
import { quotedRoleBefore } from "./quoted-role";
import { descriptionBefore } from "./description";

const roleBefore = (text: string, nameStart: number) => {
  const chars = Array.from(text);
  return quotedRoleBefore(
    chars,
    nameStart,
    () => [],
    (end) => descriptionBefore(chars, end),
  );
};

describe("quoted role", () => {
  it("reads a description in quotes right before a name", () => {
    expect(roleBefore("勒痕的“最美医生”刘小丽也来了。", 9)).toBe("最美医生");
  });

  it("gives nothing for quoted words that are no role, or no quotes", () => {
    expect(roleBefore("他说“好”李明笑了。", 5)).toBeNull();
    expect(roleBefore("“我们一起努力吧”李明说。", 9)).toBeNull();
    expect(roleBefore("最美医生刘小丽也来了。", 4)).toBeNull();
  });
});
