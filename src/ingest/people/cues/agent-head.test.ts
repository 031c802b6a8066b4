import { describe, expect, it } from "vitest";
import { agentHeadTitleStart } from "./agent-head";

const commonWords = new Set(["协调", "列车", "督导", "成员", "动员", "全体"]);
/** The title with a structural head that ends where `text` ends; null when none is read. */
const read = (text: string) => {
  const chars = Array.from(text);
  const start = agentHeadTitleStart(chars, chars.length, commonWords);
  return start === null ? null : chars.slice(start).join("");
};

describe("a title whose head is a dictionary word and an agent suffix", () => {
  it("is read back to its clause's start", () => {
    expect(read("，南岭国际合作系统协调员")).toBe("南岭国际合作系统协调员");
    expect(read("。据列车长")).toBe("列车长");
    expect(read("这就是南岭市企业防控督导员")).toBe("南岭市企业防控督导员");
  });

  it("is no head when the suffix ends a word of its own or follows no dictionary word", () => {
    expect(read("，全体成员")).toBeNull();
    expect(read("，广泛动员")).toBeNull();
    expect(read("，南岭市协调")).toBeNull();
    expect(read("，南岭市调度员")).toBeNull();
  });

  it("gives no title when the stretch before it is a clause with a verb", () => {
    expect(read("，他高兴地说协调员")).toBeNull();
    expect(read("，会见协调员")).toBe("协调员");
  });
});
