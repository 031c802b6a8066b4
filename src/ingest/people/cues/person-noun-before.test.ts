import { describe, expect, it } from "vitest";
import { personNounEndingAt, personNounVouches } from "./person-noun-before";

// a made-up dictionary: person words, trade stems, common words
const WORDS = new Set([
  "饲养员",
  "教师",
  "残疾人",
  "人员",
  "农艺",
  "销售",
  "特困",
  "携手",
  "芬芳",
  "朱鹮",
  "起飞",
  "女人",
]);
const isWord = (w: string) => WORDS.has(w);
const chars = (text: string) => Array.from(text);
/** Whether the person word before the name [start, start + length) of `text` vouches for it. */
const vouches = (text: string, start: number, length: number) =>
  personNounVouches(chars(text), start, start + length, isWord);

describe("personNounEndingAt", () => {
  it("finds a dictionary word with a person suffix before the name", () => {
    expect(personNounEndingAt(chars("刚入职的饲养员龚立秀，就"), 7, isWord)).toBe("饲养员");
    expect(personNounEndingAt(chars("汉语教师萨里木在讲解"), 4, isWord)).toBe("教师");
    expect(personNounEndingAt(chars("他给残疾人郭景山送去"), 5, isWord)).toBe("残疾人");
  });

  it("finds a trade: a two-character word and a trade suffix (农艺|师, 特困|生)", () => {
    expect(personNounEndingAt(chars("高级农艺师包德成带着"), 5, isWord)).toBe("农艺师");
    expect(personNounEndingAt(chars("学院特困生刘向东；"), 5, isWord)).toBe("特困生");
    // 人 makes no trade of any word before it
    expect(personNounEndingAt(chars("这些特困人刘向东"), 5, isWord)).toBeNull();
  });

  it("takes no verb ending in 手 and no group of staff", () => {
    expect(personNounEndingAt(chars("携手齐绘瑶都来"), 2, isWord)).toBeNull();
    expect(personNounEndingAt(chars("工作人员齐力推动"), 4, isWord)).toBeNull();
  });

  it("takes no word without a person suffix", () => {
    expect(personNounEndingAt(chars("携手王大林"), 2, isWord)).toBeNull();
    expect(personNounEndingAt(chars("王大林"), 0, isWord)).toBeNull();
  });
});

describe("personNounVouches", () => {
  it("vouches for a name after a person word", () => {
    expect(vouches("刚入职的饲养员龚立秀，就", 7, 3)).toBe(true);
  });

  it("does not vouch for a common word, nor a name that starts with a word or runs into the next one", () => {
    expect(vouches("几个女人芬芳的笑语", 4, 2)).toBe(false);
    expect(vouches("残疾人朱鹮起来了", 3, 3)).toBe(false);
    expect(vouches("残疾人王大起飞了", 3, 3)).toBe(false);
  });
});
