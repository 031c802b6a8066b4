import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";
import { joinsAcrossDash, joinsTitledAcrossDash, joinTitledDashedNames } from "./dashed-name";

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

describe("a dashed name with no dot and a title against it", () => {
  it("joins two transliterated sides after a title or before one", () => {
    const before = Array.from("国家主席萨利亚—莫雷诺致贺电");
    expect(joinsTitledAcrossDash(before, 4, 7, 8, 11)).toBe(true);
    const after = Array.from("愿同萨利亚—莫雷诺主席一道");
    expect(joinsTitledAcrossDash(after, 2, 5, 6, 9)).toBe(true);
  });

  it("keeps apart two names or two places with no title against them", () => {
    expect(joinsTitledAcrossDash(Array.from("俄方叶利钦—桥本会晤"), 2, 5, 6, 8)).toBe(false);
    expect(joinsTitledAcrossDash(Array.from("航线拉各斯—伊巴丹开通"), 2, 5, 6, 9)).toBe(false);
  });

  it("keeps apart a side that is no transliteration, or a doubled dash", () => {
    expect(joinsTitledAcrossDash(Array.from("主席王刚—莫雷诺说"), 2, 4, 5, 8)).toBe(false);
    expect(joinsTitledAcrossDash(Array.from("主席萨利亚——莫雷诺说"), 2, 5, 7, 10)).toBe(false);
  });

  it("makes an article's two mentions one, and leaves an untitled pair", () => {
    const titled = taggedWith("国家主席萨利亚—莫雷诺致贺电", ["萨利亚", "莫雷诺"]);
    const untitled = taggedWith("俄方叶利钦—桥本会晤", ["叶利钦", "桥本"]);
    joinTitledDashedNames([titled, untitled], new Set());
    expect(titled.mentions.map((m) => m.name)).toEqual(["萨利亚—莫雷诺"]);
    expect(untitled.mentions.map((m) => m.name)).toEqual(["叶利钦", "桥本"]);
  });

  it("ships the whole name in an article", () => {
    const names = extractPeople(
      plainArticle(
        "新华社北京10月12日电  邻国国家主席萨利亚—莫雷诺日前致信中方领导人。\n中方表示，愿同萨利亚—莫雷诺主席一道努力。",
      ),
    ).map((p) => p.name);
    expect(names).toContain("萨利亚—莫雷诺");
    expect(names).not.toContain("萨利亚");
  });
});
