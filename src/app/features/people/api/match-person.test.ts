import { describe, expect, it } from "vitest";
import { matchesPerson } from "./match-person";

const liao = { name: "廖述毅", pinyin: "liao shu yi", initials: "lsy" };
const lv = { name: "吕国记", pinyin: "lv guo ji", initials: "lgj" };

describe("matchesPerson", () => {
  it("matches characters of the name", () => {
    expect(matchesPerson(liao, "述毅")).toBe(true);
    expect(matchesPerson(liao, "国")).toBe(false);
  });
  it("matches initials and full pinyin, with or without spaces, any case", () => {
    expect(matchesPerson(liao, "lsy")).toBe(true);
    expect(matchesPerson(liao, "LSY")).toBe(true);
    expect(matchesPerson(liao, "liaoshuyi")).toBe(true);
    expect(matchesPerson(liao, "liao shu")).toBe(true);
    expect(matchesPerson(liao, "lgj")).toBe(false);
  });
  it("matches a full first syllable followed by initials", () => {
    expect(matchesPerson(liao, "liaosy")).toBe(true);
    expect(matchesPerson(liao, "lshuy")).toBe(true);
  });
  it("takes v, u and ü for ü", () => {
    expect(matchesPerson(lv, "lv")).toBe(true);
    expect(matchesPerson(lv, "luguoji")).toBe(true);
    expect(matchesPerson(lv, "lü")).toBe(true);
  });
  it("matches everyone on an empty query", () => {
    expect(matchesPerson(liao, "  ")).toBe(true);
  });
});
