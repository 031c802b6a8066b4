import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/ingest/seeded-random";
import { MIN_UNIT_NAME_LENGTH, RESIDENCE_HEADS, residentNameAt, textEndingAt } from "./resident-name";

const at = (text: string, name: string) =>
  residentNameAt(Array.from(text), Array.from(text.slice(0, text.indexOf(name))).length);

describe("a name after its community or village and 的", () => {
  it("vouches for a name after a named community, estate or village and 的", () => {
    expect(at("家住青松街道翠竹社区的钟小梅来到服务站", "钟小梅")).toBe(true);
    expect(at("石桥村的柯永年说", "柯永年")).toBe(true);
  });

  it("does not after a bare 村 or 社区, or without 的", () => {
    expect(at("农村的柯永年说", "柯永年")).toBe(false);
    expect(at("翠竹社区柯永年说", "柯永年")).toBe(false);
    expect(at("翠竹学校的柯永年说", "柯永年")).toBe(false);
  });
});

/** The test as it was: the whole text before 的 joined at every name. */
function plainResidentNameAt(chars: readonly string[], start: number): boolean {
  if (chars[start - 1] !== "的") return false;
  const before = chars.slice(0, start - 1).join("");
  return RESIDENCE_HEADS.some((head) => {
    if (!before.endsWith(head)) return false;
    const unit = Array.from(before.slice(0, before.length - head.length)).slice(-MIN_UNIT_NAME_LENGTH);
    return unit.length === MIN_UNIT_NAME_LENGTH && unit.every((c) => /\p{Script=Han}/u.test(c)) && !unit.includes("的");
  });
}

describe("the text before 的 read from a window", () => {
  it("textEndingAt is the text's end, at least `length` units long or the whole text", () => {
    const chars = ["翠竹", "社", "区", "𠀀", "的", "", "钟小梅"];
    for (let end = 0; end <= chars.length; end++)
      for (let length = 0; length <= 12; length++) {
        const whole = chars.slice(0, end).join("");
        const got = textEndingAt(chars, end, length);
        expect(whole.endsWith(got)).toBe(true);
        expect(got.length >= length || got === whole).toBe(true);
      }
  });

  it("answers as the whole text joined does, at every position of random texts", () => {
    const random = mulberry32(20261202);
    // supplementary characters and surrogate halves at the window's edge, pieces whole as elements
    const pieces = ["社区", "社", "区", "小区", "村", "屯", "寨", "的", "农", "翠", "竹", "石桥", "𠀀", "𠀁"];
    const odd = ["\uD840", "\uDC00", "a", "，", "", "钟小梅"];
    let yes = 0;
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(random() * 10);
      const parts = Array.from({ length }, () =>
        random() < 0.85 ? pieces[Math.floor(random() * pieces.length)]! : odd[Math.floor(random() * odd.length)]!,
      );
      const chars = random() < 0.5 ? Array.from(parts.join("")) : parts;
      for (let start = 0; start <= chars.length + 1; start++) {
        const got = residentNameAt(chars, start);
        expect(got).toBe(plainResidentNameAt(chars, start));
        if (got) yes++;
      }
    }
    expect(yes).toBeGreaterThan(100);
  });
});
