import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { slashPartnerCandidates } from "./slash-pair";

const chars = (text: string) => Array.from(text);

describe("a name's partner across a slash", () => {
  it("offers the name-shaped spans on the other side of the slash", () => {
    const text = chars("组合柯南山/应小禾获得冠军");
    expect(slashPartnerCandidates(text, { start: 2, end: 5 })).toEqual([
      { start: 6, end: 8 },
      { start: 6, end: 9 },
    ]);
    expect(slashPartnerCandidates(text, { start: 6, end: 9 })).toContainEqual({ start: 2, end: 5 });
  });

  it("offers nothing without a slash or beside a foreign name", () => {
    expect(slashPartnerCandidates(chars("组合柯南山和应小禾"), { start: 2, end: 5 })).toEqual([]);
    expect(slashPartnerCandidates(chars("组合莫里·塔沃斯/马里纳诺"), { start: 2, end: 8 })).toEqual([]);
  });

  it("finds the partner the tagger doubts", () => {
    const people = extractPeople({
      title: "",
      subtitles: [],
      byline: null,
      paragraphs: ["中国队派出两对选手参赛，其中应兰/邵佳宁获得第九名。"],
      caption: null,
    });
    expect(people.map((p) => p.name)).toContain("应兰");
  });
});
