import { describe, expect, it } from "vitest";
import { splitNamesakes, type NamesakeMention } from "./namesakes";
import { roleAnchors } from "./role-anchors";

const at = (date: string, ...roles: string[]): NamesakeMention => ({ anchors: roles.flatMap(roleAnchors), date });

describe("splitNamesakes", () => {
  it("keeps apart mentions whose titles name different places", () => {
    const split = splitNamesakes([
      at("2020-05-01", "平安县红星村党支部书记"),
      at("2019-03-02", "甘肃省副省长"),
      at("2019-02-01", "红星村党支部书记"),
    ]);
    expect(split.people).toEqual([
      { mentions: [0, 2], where: ["红星村", "平安县"] },
      { mentions: [1], where: ["甘肃省"] },
    ]);
    expect(split.personOf).toEqual([0, 1, 0]);
  });

  it("is one person when a mention ties the places (a province and its city)", () => {
    expect(splitNamesakes([at("2019-01-01", "湖北省委书记"), at("2019-02-01", "武汉市委书记")]).people).toEqual([]);
    expect(
      splitNamesakes([
        at("2019-01-01", "清华大学教授"),
        at("2019-02-01", "平安县政协委员", "清华大学教授"),
        at("2019-03-01", "平安县政协委员"),
      ]).people,
    ).toEqual([]);
  });

  it("lets a body named without its place join the name's one group with places, but not two", () => {
    expect(
      splitNamesakes([at("1998-01-01", "红塔集团原董事长"), at("1998-01-02", "云南玉溪卷烟厂厂长")]).people,
    ).toEqual([]);
    expect(
      splitNamesakes([
        at("2019-01-01", "清华大学教授"),
        at("2019-02-01", "平安县委书记"),
        at("2019-03-01", "甘肃省副省长"),
      ]).people,
    ).toHaveLength(3);
    expect(splitNamesakes([at("2019-01-01", "清华大学教授"), at("2019-02-01", "复旦大学教授")]).people).toHaveLength(2);
  });

  it("gives a mention without a place to the one person of its year, or to no one", () => {
    const split = splitNamesakes([
      at("2019-01-01", "甘肃省副省长"),
      at("1998-01-01", "平安县委书记"),
      at("2019-06-01"),
      at("1998-06-01", "村民"),
      at("2005-06-01", "局长"),
    ]);
    expect(split.personOf).toEqual([0, 1, 0, 1, null]);
  });

  it("ties a body to one with the end of its name", () => {
    expect(
      splitNamesakes([at("2019-01-01", "夏姆斯大学教授"), at("2019-02-01", "艾因夏姆斯大学中文系教授")]).people,
    ).toEqual([]);
  });

  it("gives the unanchored mentions of a year to the person holding most of its anchored ones", () => {
    const split = splitNamesakes([
      at("1998-01-01", "国务院总理"),
      at("1998-01-02", "国务院总理"),
      at("1998-01-03", "国务院总理"),
      at("1998-01-04", "台湾研究院院长"),
      at("1998-01-05"),
    ]);
    expect(split.people.map((p) => p.where)).toEqual([["国务院"], ["台湾"]]);
    expect(split.personOf).toEqual([0, 0, 0, 1, 0]);
  });

  it("reads a sliver of a much-mentioned name's anchored mentions as a slip, not a person", () => {
    const head = Array.from({ length: 150 }, (_, i) => at(`2019-0${1 + (i % 9)}-01`, "国家主席"));
    expect(splitNamesakes([...head, at("2019-10-01", "尼泊尔总统")]).people).toEqual([]);
    expect(
      splitNamesakes([...head, at("2019-10-01", "尼泊尔总统"), at("2019-10-02", "尼泊尔总统")]).people,
    ).toHaveLength(2);
  });

  it("is one person when titles name one place or none", () => {
    expect(splitNamesakes([at("2019-01-01", "村民"), at("1998-01-01", "国务院总理")]).people).toEqual([]);
    expect(splitNamesakes([at("2019-01-01", "平安县委书记"), at("1998-01-01")]).personOf).toEqual([null, null]);
  });
});
