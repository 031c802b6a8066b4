import { describe, expect, it } from "vitest";
import { endBeforeWordAcross } from "./word-across-name-end";

const WORDS = new Set(["流毒", "影响", "明天", "天天", "平等", "参加"]);
const isWord = (w: string) => WORDS.has(w);
const isSurname = (c: string) => "张李".includes(c);
const cut = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = text.indexOf(name);
  return endBeforeWordAcross(chars, start, start + name.length, isSurname, isWord);
};

describe("a name run on into a word", () => {
  it("gives back its last character where that makes a word and a word follows", () => {
    expect(cut("肃清张禾流毒影响", "张禾流")).toBe(4);
  });

  it("stays where the name's own reading leaves a word after it, or is no surname's", () => {
    // 李小明|天天: a word after the name too
    expect(cut("李小明天天跑步", "李小明")).toBeNull();
    // 等 after a name is its own word (张小平|等参加)
    expect(cut("张小平等参加活动", "张小平")).toBeNull();
    expect(cut("肃清禾禾流毒影响", "禾禾流")).toBeNull();
    // no word after the cut reading (流毒|太)
    expect(cut("肃清张禾流毒太深", "张禾流")).toBeNull();
  });
});
