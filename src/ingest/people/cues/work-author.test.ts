import { describe, expect, it } from "vitest";
import { isWorkAuthorAt, workAuthorCandidates } from "./work-author";

const starts = (s: string) => workAuthorCandidates(Array.from(s)).map((c) => [c.start, c.lengths]);

describe("a writer's name before a work's title", () => {
  it("is a three-character name-shaped run that starts a clause and ends at 《", () => {
    expect(starts("。白居言《长恨曲》类似小说")).toEqual([[1, [3]]]);
    expect(starts("，柯迅《自嘲》便是一例")).toEqual([]);
  });

  it("is not a two-character run, a run inside a clause, nor one without a surname", () => {
    expect(starts("阅读白居言《长恨曲》")).toEqual([]);
    expect(starts("。读了《长恨曲》")).toEqual([]);
    expect(starts("。长篇小说《长恨曲》")).toEqual([]);
  });

  it("vouches for a name found there", () => {
    expect(isWorkAuthorAt(Array.from("。白居言《长恨曲》"), 1, 4)).toBe(true);
    expect(isWorkAuthorAt(Array.from("读白居言《长恨曲》"), 1, 4)).toBe(false);
    expect(isWorkAuthorAt(Array.from("。梅派《长恨曲》"), 1, 3)).toBe(false);
  });
});
