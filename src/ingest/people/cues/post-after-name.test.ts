import { describe, expect, it } from "vitest";
import { postAfterName } from "./post-after-name";

const WORDS = new Set(["博士生", "博士后", "经理人", "博士学位"]);
const isWord = (w: string) => WORDS.has(w);
const after = (text: string, name: string) => {
  const chars = Array.from(text);
  return postAfterName(chars, text.indexOf(name) + Array.from(name).length, isWord);
};

describe("a post or degree right after a name", () => {
  it("is the name's role", () => {
    expect(after("负责销售的王大成经理感叹，", "王大成")).toBe("经理");
    expect(after("。陈明远博士最近很忙", "陈明远")).toBe("博士");
    expect(after("，陈明远博士。", "陈明远")).toBe("博士");
  });

  it("is no role when it begins a longer word", () => {
    expect(after("，陈明远博士生活简朴", "陈明远")).toBeNull();
    expect(after("，陈明远博士后出站", "陈明远")).toBeNull();
    expect(after("，授予陈明远博士学位", "陈明远")).toBeNull();
    expect(after("，王大成经理人出身", "王大成")).toBeNull();
  });

  it("is no role when another word follows the name", () => {
    expect(after("，王大成说", "王大成")).toBeNull();
  });
});
