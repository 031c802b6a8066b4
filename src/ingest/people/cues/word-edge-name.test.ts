import { describe, expect, it } from "vitest";
import { isHan } from "@/text/char-class";
import { mulberry32 } from "../../seeded-random";
import { isChineseNameShaped } from "./name-shape";
import { titleAfter } from "./title-phrase";
import { WORD_EDGE_NAME_LENGTH, wordEdgeCandidates } from "./word-edge-name";

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

describe("word-edge name slot, words looked up without joining", () => {
  /** The slot as first written: the two characters across each edge joined and looked up. */
  function joinedCandidates(chars: readonly string[], words: ReadonlySet<string>) {
    const out: { start: number; end: number }[] = [];
    for (let start = 2; start + WORD_EDGE_NAME_LENGTH <= chars.length; start++) {
      const end = start + WORD_EDGE_NAME_LENGTH;
      if (!isHan(chars[start - 1]!)) continue;
      if (!words.has(chars[start - 1]! + chars[start]!) || !words.has(chars[start - 2]! + chars[start - 1]!)) continue;
      if (words.has(chars.slice(start + 1, end).join(""))) continue;
      if (titleAfter(chars, end) === null) continue;
      if (isChineseNameShaped(chars.slice(start, end))) out.push({ start, end });
    }
    return out;
  }

  it("finds what the joined lookup found, at every position of made-up texts", () => {
    const words = new Set([...WORDS, "实", "落实习", "𠀋习", "王"]);
    const pieces = [
      ...WORDS,
      "落实",
      "习近平总书记",
      "习近平总书记",
      "习驻华代表",
      "实习近平大使",
      "认真",
      "王",
      "𠀋",
      "，",
      "Ａ",
    ];
    const random = mulberry32(19);
    let found = 0;
    for (let round = 0; round < 500; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 7) },
        () => pieces[Math.floor(random() * pieces.length)]!,
      );
      const chars = Array.from(text.join(""));
      const candidates = wordEdgeCandidates(chars, words);
      expect(candidates).toEqual(joinedCandidates(chars, words));
      found += candidates.length;
    }
    expect(found).toBeGreaterThan(20);
  });
});
