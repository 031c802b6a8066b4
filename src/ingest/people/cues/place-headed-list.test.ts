import { describe, expect, it } from "vitest";
import { extractPeople, type PeopleSource } from "../extract-people";
import { isPlaceHeadedMention, MAX_PLACE_HEADED_ITEM, placeHeadedSpans } from "./place-headed-list";

const places = new Set([
  "岳西",
  "太湖",
  "桐城",
  "舒城",
  "北京",
  "上海",
  "安徽",
  "海淀",
  "合肥",
  "新疆",
  "湖南",
  "江苏",
]);
const isPlace = (w: string) => places.has(w);
const chars = (s: string) => Array.from(s);
const spans = (s: string) => placeHeadedSpans(chars(s), isPlace);
const article = (paragraph: string): PeopleSource => ({
  title: "家乡",
  subtitles: [],
  byline: null,
  paragraphs: [paragraph],
  caption: null,
});
const names = (paragraph: string) => extractPeople(article(paragraph)).map((p) => p.name);

describe("a 、 list whose items start with a place", () => {
  it("reads a mention that starts with an item's place as no person", () => {
    const s = spans("茶名：岳西秀兰、太湖丽华、桐城小芳。");
    expect(isPlaceHeadedMention(s, 3, 7)).toBe(true); // 岳西秀兰
    expect(isPlaceHeadedMention(s, 13, 16)).toBe(true); // 桐城小 (cut)
    expect(isPlaceHeadedMention(s, 5, 7)).toBe(false); // 秀兰: no place-in-place list
  });

  it("reads the rest of every item as a place when several items are a place in a place", () => {
    const s = spans("上海金山、北京海淀、安徽合肥等地");
    expect(isPlaceHeadedMention(s, 2, 4)).toBe(true); // 金山
  });

  it("keeps the names of people given with their places, and needs enough items", () => {
    expect(isPlaceHeadedMention(spans("新疆李建中、湖南刘春平、江苏许文量等读者"), 2, 5)).toBe(false);
    expect(spans("岳西秀兰、太湖丽华等")).toEqual([]);
  });

  it("does not read a clause running on to the next 、 as an item", () => {
    const long = "桐城" + "的".repeat(MAX_PLACE_HEADED_ITEM);
    expect(spans(`岳西秀兰、${long}、舒城小芳`)).toEqual([]);
  });

  it("drops such mentions from an article", () => {
    expect(names("故乡的茶名很雅致：岳西秀兰、太湖丽华、桐城小芳、舒城小玉花。")).toEqual([]);
    expect(names("上海金山、北京海淀、安徽合肥等综合性国家科学中心建设全面推进。")).toEqual([]);
    expect(names("新疆李建中、湖南刘春平、江苏许文量等读者来信。")).toEqual(["李建中", "刘春平", "许文量"]);
  });
});
