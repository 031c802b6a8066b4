import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { COMPOUND_RANK, creditReadingScore, surnameRarity } from "./surname-rank";

describe("surname rank in credits run together", () => {
  it("rates commoner surnames lower", () => {
    expect(surnameRarity("王刚")).toBe(0);
    expect(surnameRarity("周亮")).toBeLessThan(surnameRarity("田亮"));
    expect(surnameRarity("田亮")).toBeLessThan(surnameRarity("荣志"));
    expect(surnameRarity("欧阳明")).toBeCloseTo(Math.log(COMPOUND_RANK + 1));
    expect(surnameRarity("Ａ")).toBeGreaterThan(surnameRarity("荣志"));
  });

  it("prefers the reading with the commoner surnames when the tagger leans the other way", () => {
    const log = Math.log;
    const right = creditReadingScore(["王彦田", "周亮"], [log(0.3), log(0.313)]);
    const wrong = creditReadingScore(["王彦", "田周亮"], [log(0.699), log(0.683)]);
    expect(right).toBeGreaterThan(wrong);
    // and follows the tagger when it is sure
    expect(creditReadingScore(["王彦", "田周亮"], [log(0.99), log(0.99)])).toBeGreaterThan(
      creditReadingScore(["王彦田", "周亮"], [log(0.01), log(0.01)]),
    );
  });

  it("splits a bracketed credit so (cues)", () => {
    const odds: Record<string, number> = { 王彦: 0.699, 田周亮: 0.683, 王彦田: 0.3, 周亮: 0.313 };
    const tagged = taggedWith("出口国际市场。（王彦田周亮）", ["王彦", "田周亮"], 0, (s) => odds[s] ?? 0.001);
    addCueMentions(tagged, 0, EMPTY_LEXICONS);
    expect(tagged.mentions.map((m) => [m.name, m.source])).toEqual([
      ["王彦田", "credit"],
      ["周亮", "credit"],
    ]);
  });

  it("splits a run that reads several ways with the first reading, where its own names did not vote", () => {
    // the second reading knows 王彦 and 田周亮 as the article's sure names, and so is sure of them
    const second: Record<string, number> = { 王彦: 0.99, 田周亮: 0.99, 王彦田: 0.01, 周亮: 0.01 };
    const first: Record<string, number> = { 王彦: 0.699, 田周亮: 0.683, 王彦田: 0.3, 周亮: 0.313 };
    const text = "出口国际市场。（王彦田周亮）";
    const firstReading = taggedWith(text, ["王彦", "田周亮"], 0, (s) => first[s] ?? 0.001);
    const withSecond = taggedWith(text, ["王彦", "田周亮"], 0, (s) => second[s] ?? 0.001);
    addCueMentions(withSecond, 0, EMPTY_LEXICONS, false, false, firstReading.scorer);
    expect(withSecond.mentions.map((m) => m.name)).toEqual(["王彦田", "周亮"]);
    const secondOnly = taggedWith(text, ["王彦", "田周亮"], 0, (s) => second[s] ?? 0.001);
    addCueMentions(secondOnly, 0, EMPTY_LEXICONS);
    expect(secondOnly.mentions.map((m) => m.name)).toEqual(["王彦", "田周亮"]);
  });
});
