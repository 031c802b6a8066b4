import { describe, expect, it } from "vitest";
import { descriptorEndsAt } from "./descriptor-cue";

const at = (text: string, name: string) => descriptorEndsAt(Array.from(text), text.indexOf(name));

describe("descriptor cue", () => {
  it("finds a name slot after what someone is or did in a work", () => {
    expect(at("头颈放疗科的护士贾燕是湖北宜昌人", "贾燕")).toBe(true);
    expect(at("歌曲作词梁芒、作曲舒楠", "梁芒")).toBe(true);
    expect(at("歌曲作词梁芒、作曲舒楠", "舒楠")).toBe(true);
  });

  it("finds none after other words", () => {
    expect(at("头颈放疗科的贾燕是湖北宜昌人", "贾燕")).toBe(false);
    expect(at("他说王刚来了", "王刚")).toBe(false);
  });
});
