import { describe, expect, it } from "vitest";
import { endBeforeRuShi } from "./ru-shi";

describe("run-on 如是", () => {
  it("takes 如 off a name run into 如是表示", () => {
    expect(endBeforeRuShi(Array.from("总裁王大林如是表示。"), 2, 6)).toBe(5);
    expect(endBeforeRuShi(Array.from("王大林如是说"), 0, 4)).toBe(3);
  });

  it("keeps a name ending in 如 that is not before 如是 and a speech verb", () => {
    expect(endBeforeRuShi(Array.from("刘敏如是院士"), 0, 3)).toBe(3);
    expect(endBeforeRuShi(Array.from("刘敏如说"), 0, 3)).toBe(3);
    // what is left would be one character
    expect(endBeforeRuShi(Array.from("王如是说"), 0, 2)).toBe(2);
  });
});
