import { describe, expect, it } from "vitest";
import { tieGivenNames } from "./given-names";
import { taggedWith } from "./test-helpers.test-helper";

const names = (texts: ReturnType<typeof taggedWith>[]) => texts.map((t) => t.mentions.map((m) => m.name));

describe("given names used alone", () => {
  it("mends a full name the tagger cut, from its given name used alone elsewhere", () => {
    const texts = [taggedWith("吕晓光是一名种植户。", ["吕晓"], 0), taggedWith("晓光说，", ["晓光"], 1)];
    expect(tieGivenNames(texts, () => false)).toEqual(new Map([["晓光", "吕晓光"]]));
    expect(names(texts)).toEqual([["吕晓光"], ["晓光"]]);
  });

  it("adds the given name alone as a mention of the full name", () => {
    const texts = [taggedWith("吕晓光说，晓光今年种了西瓜。", ["吕晓光"])];
    tieGivenNames(texts, () => false);
    expect(names(texts)).toEqual([["吕晓光", "晓光"]]);
  });

  it("leaves a given name that is a common word, follows another surname, or stands for two people", () => {
    const word = [taggedWith("周文明说，文明新风。", ["周文明"])];
    expect(tieGivenNames(word, (w) => w === "文明")).toEqual(new Map());
    expect(names(word)).toEqual([["周文明"]]);
    const other = [taggedWith("吕晓光说，张晓光也来了。", ["吕晓光"])];
    tieGivenNames(other, () => false);
    expect(names(other)).toEqual([["吕晓光"]]);
    const two = [taggedWith("吕晓光、张晓光说", ["吕晓光", "张晓光"])];
    expect(tieGivenNames(two, () => false)).toEqual(new Map());
  });

  it("takes no surname from a credit's other name (（向宁翠禾）: 向宁 and 翠禾 are two writers)", () => {
    const credit = taggedWith("负担减轻了。（向宁翠禾）", ["向宁", "翠禾"]);
    credit.mentions.forEach((m) => (m.source = "credit"));
    tieGivenNames([credit], () => false);
    expect(names([credit])).toEqual([["向宁", "翠禾"]]);
  });
});

describe("应 opening an invitation", () => {
  it("is no surname before a given name used alone", () => {
    const texts = [
      taggedWith("应邻国总统柯维敏邀请，代表团将出访。", ["柯维敏"], 0),
      taggedWith("，应维敏总统邀请，", ["维敏"], 1),
    ];
    tieGivenNames(texts, () => false);
    expect(names(texts)).toEqual([["柯维敏"], ["维敏"]]);
  });
});
