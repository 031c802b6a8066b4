import { describe, expect, it } from "vitest";
import { afterCompanionVerb } from "./companion-verb";

/** The description from `from` to the name `name` in `text` after a companion verb, given the names ending. */
const read = (text: string, from: string, name: string, names: string[]) => {
  const chars = Array.from(text);
  const pos = (s: string) => Array.from(text.slice(0, text.indexOf(s))).length;
  const ends = new Set(names.map((n) => pos(n) + Array.from(n).length));
  const at = afterCompanionVerb(chars, pos(from), pos(name), (e) => ends.has(e));
  return at === null ? null : chars.slice(at, pos(name)).join("");
};

describe("a name and a verb of company before a description", () => {
  it("leaves the description after the verb", () => {
    expect(read("主人林大同偕夫人王小英送行", "主人", "王小英", ["林大同"])).toBe("夫人");
    expect(read("林大同携同女儿王小英送行", "林大同", "王小英", ["林大同"])).toBe("女儿");
  });

  it("is no cut when no name ends before the verb, or nothing is left after it", () => {
    expect(read("游客偕女儿王小英送行", "游客", "王小英", [])).toBeNull();
    expect(read("青年携手志愿者王小英", "青年", "王小英", [])).toBeNull();
    expect(read("林大同偕王小英送行", "林大同", "王小英", ["林大同"])).toBeNull();
  });
});
