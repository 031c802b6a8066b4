import { describe, expect, it } from "vitest";
import { wordEdgeCandidates } from "./word-edge-name";

const chars = (s: string) => Array.from(s);
const WORDS = new Set(["落实", "实习", "新到", "到任", "驻华", "学习"]);

describe("word-edge name slot", () => {
  it("finds a name before a title whose surname closes a word with the character before", () => {
    const text = chars("大家认真落实习近平总书记重要讲话精神");
    expect(wordEdgeCandidates(text, WORDS)).toEqual([{ start: 6, end: 9 }]);
  });

  it("leaves names with no word across their edge, and words read from a phrase's middle", () => {
    // 学习|习近平: no word across the edge, the tagger reads it in place
    expect(wordEdgeCandidates(chars("认真学习习近平总书记讲话"), WORDS)).toEqual([]);
    // 新到|任驻华大使: the given name 驻华 is a word
    expect(wordEdgeCandidates(chars("六国新到任驻华大使递交国书"), WORDS)).toEqual([]);
    // no title after the name
    expect(wordEdgeCandidates(chars("大家认真落实习近平讲话精神"), WORDS)).toEqual([]);
  });
});
