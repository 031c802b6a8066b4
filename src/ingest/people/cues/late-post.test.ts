import { describe, expect, it } from "vitest";
import { latePostsAfter } from "./late-post";

const chars = (s: string) => Array.from(s);
const nobody = () => false;

describe("late post", () => {
  it("reads the posts after 生前系 in the sentence the name opens", () => {
    const text = chars("方立新，1963年生，1987年入党，生前系平安县委常委、城关镇党委书记。");
    expect(latePostsAfter(text, 3, nobody)).toEqual(["平安县委常委", "城关镇党委书记"]);
    expect(latePostsAfter(chars("方立新，白沙人，生前是东岭中学教师。"), 3, nobody)).toEqual(["东岭中学教师"]);
  });

  it("reads nothing across a sentence, past another name, or without the comma", () => {
    expect(latePostsAfter(chars("方立新，白沙人。他生前系东岭中学教师。"), 3, nobody)).toEqual([]);
    expect(
      latePostsAfter(chars("方立新，与高建国一样，生前系东岭中学教师。"), 3, (from, to) => from < 5 && 5 < to),
    ).toEqual([]);
    expect(latePostsAfter(chars("方立新生前系东岭中学教师。"), 3, nobody)).toEqual([]);
  });
});
