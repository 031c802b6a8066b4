import { describe, expect, it } from "vitest";
import { descriptorEndsAt } from "./descriptor-cue";

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
});
