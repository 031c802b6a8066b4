import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random";
import { descriptorEndsAt, WORK_CREDITS } from "./descriptor-cue";
import { DESCRIPTORS } from "./speech-verbs";

const at = (text: string, name: string) => descriptorEndsAt(Array.from(text), text.indexOf(name));

describe("descriptor cue", () => {
  it("finds a name slot after what someone is or did in a work", () => {
    expect(at("骨科的护士韩雪是河北保定人", "韩雪")).toBe(true);
    expect(at("歌曲作词柳风、作曲宋楠", "柳风")).toBe(true);
    expect(at("歌曲作词柳风、作曲宋楠", "宋楠")).toBe(true);
    expect(at("香港企业家吕万山都是知音", "吕万山")).toBe(true);
    expect(at("外援柯尔曼投中三分", "柯尔曼")).toBe(true);
  });

  it("finds none after other words", () => {
    expect(at("骨科的韩雪是河北保定人", "韩雪")).toBe(false);
    expect(at("他说王刚来了", "王刚")).toBe(false);
  });

  it("says what a look at the four characters before says, at every position of made-up texts", () => {
    const words = [...DESCRIPTORS, ...WORK_CREDITS];
    const pieces = [...words, "王", "韩雪", "的", "𠀋", "，"];
    const random = mulberry32(11);
    for (let round = 0; round < 300; round++) {
      const chars = Array.from(
        Array.from({ length: 1 + Math.floor(random() * 5) }, () => pieces[Math.floor(random() * pieces.length)]!).join(
          "",
        ),
      );
      for (let i = 0; i <= chars.length; i++) {
        const before = chars.slice(Math.max(0, i - 4), i).join("");
        expect(descriptorEndsAt(chars, i)).toBe(words.some((w) => before.endsWith(w)));
      }
    }
  });
});
