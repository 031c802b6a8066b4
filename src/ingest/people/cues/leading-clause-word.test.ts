import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { listItemVerdicts, listsOf } from "./list-items";
import { CLAUSE_OPENERS, leadingClauseWord, LEADING_WORD_REST_MIN_PROBABILITY } from "./leading-clause-word";

const items = (text: string) => {
  const chars = Array.from(text);
  return listsOf(chars).map((l) => l.map((i) => chars.slice(i.start, i.end).join("")));
};

describe("a clause's opening word before a name", () => {
  it("is one of the openers, before a name of two characters or more", () => {
    for (const opener of CLAUSE_OPENERS) expect(leadingClauseWord(Array.from(`${opener}柯振岳`), 0, 4)).toBe(1);
    expect(leadingClauseWord(Array.from("而柯岳"), 0, 3)).toBe(1);
    // a two-character "name" is left whole (nothing of a name would stay), and surnames are no openers
    expect(leadingClauseWord(Array.from("而柯"), 0, 2)).toBe(0);
    expect(leadingClauseWord(Array.from("于柯岳"), 0, 3)).toBe(0);
    expect(leadingClauseWord(Array.from("和占钧"), 0, 3)).toBe(0);
  });

  it("is not part of a list's first item (而|柯振岳、曹大元)", () => {
    expect(items("九段闯过头关，而柯振岳、曹大元、吴肇毅落马")).toEqual([["柯振岳", "曹大元", "吴肇毅落马"]]);
    expect(items("任秘书长等职，同柯志丹、谢子长等创建了")).toEqual([["柯志丹", "谢子长"]]);
    // only the first item opens the clause; a surname first stays
    expect(items("邀请了于柯岳、曹大元")).toEqual([["邀请了于柯岳", "曹大元"]]);
    expect(
      listItemVerdicts(Array.from("关，而柯振岳、曹大元"), [
        { start: 3, end: 6 },
        { start: 7, end: 10 },
      ]).stretch,
    ).toEqual([]);
  });

  it("is cut off a name the tagger ran on over it, and the rest must be a name there", () => {
    const t = taggedWith("主流，即柯克思、恩格斯的", ["即柯克思", "恩格斯"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["柯克思", "恩格斯"]);
    const low = taggedWith("总经理到嘉兴考察", ["到嘉兴"], 0, (span) =>
      span === "嘉兴" ? LEADING_WORD_REST_MIN_PROBABILITY / 10 : 1,
    );
    fixTaggerSlips(low, EMPTY_LEXICONS);
    expect(low.mentions).toEqual([]);
  });
});

describe("据 and an invitation's 应 before a name", () => {
  it("据 opens its clause", () => {
    expect(leadingClauseWord(Array.from("据柯本尔委员会介绍"), 0, 4)).toBe(1);
  });
  it("应 opens a clause that closes on the invitation, and is a surname elsewhere", () => {
    expect(leadingClauseWord(Array.from("，应温多总统邀请，"), 1, 4)).toBe(1);
    expect(leadingClauseWord(Array.from("应温多之邀"), 0, 3)).toBe(1);
    expect(leadingClauseWord(Array.from("应温多说，邀请函已发出"), 0, 3)).toBe(0);
    expect(leadingClauseWord(Array.from("应温多在会上发言"), 0, 3)).toBe(0);
  });
});
