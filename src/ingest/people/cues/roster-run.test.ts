import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { addRosterRunNames, rosterSlots } from "./roster-run";

const names = (text: string) => {
  const chars = Array.from(text);
  return rosterSlots(chars).map((s) => s.lengths.map((l) => chars.slice(s.start, s.start + l).join("")));
};

const ROSTER =
  "湖北省农科院茶叶研究所研究员柯付湖北省某剧团团长柯喜华湖南某学院副教授柯思东湖南省某县书店经理洪维祖河南省某医院院长柯幸运";

describe("a roster run with no 、 between its items", () => {
  it("reads each name between a post and the next item's province", () => {
    expect(names(ROSTER)).toEqual([["柯付"], ["柯喜华"], ["柯思东"], ["洪维祖"]]);
  });

  it("reads nothing in prose, where a post and a province meet once or twice", () => {
    expect(names("书记在参加西藏代表团讨论时说，要保护好草原")).toEqual([]);
    expect(names("研究员柯付湖北省人，团长柯喜华河南省人")).toEqual([]);
  });

  it("needs three name-shaped slots, joined by nothing but units and posts", () => {
    expect(names("某所研究员柯付湖北省某剧团团长柯喜华湖南省")).toEqual([]);
    expect(names("某所研究员柯付湖北省某剧团团长柯喜华。某学院副教授柯思东湖南省")).toEqual([]);
  });

  it("replaces the tagger's names read across the seams", () => {
    const tagged = taggedWith(ROSTER, ["柯付湖", "柯喜华"]);
    addRosterRunNames(tagged, 0);
    expect(tagged.mentions.map((m) => [m.name, m.source])).toEqual([
      ["柯付", "list"],
      ["柯喜华", "tagger"],
      ["柯思东", "list"],
      ["洪维祖", "list"],
    ]);
  });
});
