import { describe, expect, it } from "vitest";
import { extractPeople, type PeopleSource } from "../extract-people";
import { plainArticle } from "../test-helpers.test-helper";
import { namesWrittenAsPlaces, readsAsPlaceAt } from "./place-elsewhere";

const places = new Set(["德国", "柬埔寨"]);
const isPlace = (w: string) => places.has(w);
const chars = (s: string) => Array.from(s);
const names = (source: PeopleSource) => extractPeople(source).map((p) => p.name);

describe("a name the article writes as a place somewhere", () => {
  it("reads as a place before a place suffix, or between a known place and 站", () => {
    expect(readsAsPlaceAt(chars("以卡尔斯巴德港为背景"), 1, 6, isPlace)).toBe(true);
    expect(readsAsPlaceAt(chars("德国斯图加特站的赛场"), 2, 6, isPlace)).toBe(true);
    expect(readsAsPlaceAt(chars("斯图加特站以二米夺冠"), 0, 4, isPlace)).toBe(false);
    expect(readsAsPlaceAt(chars("选手斯图加特站在台上"), 2, 6, isPlace)).toBe(false);
  });

  it("is found wherever it is written so, but not when shaped like a Chinese name", () => {
    const texts = [chars("斯图加特站以二米夺冠"), chars("在德国斯图加特站的赛场上，柯远夺冠；“柯远路”")];
    expect([...namesWrittenAsPlaces(texts, ["斯图加特", "柯远"], isPlace)]).toEqual(["斯图加特"]);
  });

  it("is no person anywhere in the article", () => {
    expect(
      names(
        plainArticle("斯图加特站以二米三〇的成绩夺冠", [
          "在室内巡回赛德国斯图加特站的赛场上，中国选手柯远摘得男子跳高金牌。",
        ]),
      ),
    ).toEqual(["柯远"]);
    expect(
      names(
        plainArticle("文化周开幕", [
          "文化周还将在柬埔寨卡尔斯巴德、暹粒和泰国曼谷举行。舞剧以卡尔斯巴德港经济特区为背景。",
        ]),
      ),
    ).toEqual([]);
  });
});

describe("the people of a place the article names", () => {
  it("are no name when the stem is written as a place, at any shape", () => {
    const texts = [chars("记者走进柯溪村，柯溪人说起这些很自豪。")];
    expect([...namesWrittenAsPlaces(texts, ["柯溪人"], isPlace)]).toEqual(["柯溪人"]);
    const none = [chars("柯溪人说起这些很自豪。")];
    expect([...namesWrittenAsPlaces(none, ["柯溪人"], isPlace)]).toEqual([]);
  });
});

describe("a state's name ending in 邦", () => {
  it("is a place when not shaped like a Chinese name", () => {
    const texts = [chars("北坎提德邦的村民和柯建邦一起参加婚礼。")];
    expect([...namesWrittenAsPlaces(texts, ["坎提德邦", "柯建邦"], isPlace)]).toEqual(["坎提德邦"]);
  });

  it("is no person in the article", () => {
    expect(
      names(plainArticle("假药事件", ["印度北方邦和北坎提德邦8日发生假药事件。北方邦部分村民赴北坎提德邦参加婚礼。"])),
    ).toEqual([]);
    expect(
      names(
        plainArticle("假药事件", [
          "缅甸北卡钦邦输电线路工程竣工。",
          "北卡钦邦输电线路工程项目经理柯长宁说，工程难度很大。",
        ]),
      ),
    ).toEqual(["柯长宁"]);
  });
});
