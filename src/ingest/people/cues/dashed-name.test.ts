import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { joinsAcrossDash } from "./dashed-name";

describe("a transliterated name joined by a dash", () => {
  it("joins the two sides of a single dash before a dotted name", () => {
    const chars = Array.from("总统阿卜杜勒—卡里姆·萨利赫表示");
    expect(joinsAcrossDash(chars, 6, 7, 13)).toBe(true);
  });

  it("keeps apart two names across a dash with no dot after it, or a doubled dash", () => {
    expect(joinsAcrossDash(Array.from("叶利钦—桥本会晤"), 3, 4, 6)).toBe(false);
    expect(joinsAcrossDash(Array.from("阿卜杜勒——卡里姆·萨利赫"), 4, 6, 12)).toBe(false);
  });

  it("keeps apart a name whose side of the dash is no transliteration character", () => {
    expect(joinsAcrossDash(Array.from("王刚—卡里姆·萨利赫"), 2, 3, 9)).toBe(false);
  });

  it("makes the tagger's two mentions one (tagger slips), a preposition glued on cut off", () => {
    const t = taggedWith("总统阿卜杜勒—卡里姆·萨利赫向大会致贺", ["阿卜杜勒", "卡里姆·萨利赫向"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["阿卜杜勒—卡里姆·萨利赫"]);
  });
});
