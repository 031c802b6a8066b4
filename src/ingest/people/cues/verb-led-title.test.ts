import { describe, expect, it } from "vitest";
import { verbLedTitleStart, type VerbLexicon } from "./verb-led-title";

/** A small lexicon of own words (the shipped one is CC-CEDICT's). */
const lexicon: VerbLexicon = {
  verbs: new Set(["发表", "战胜", "执行", "代理", "发展", "宣传", "得到", "联合", "大兴", "返乡"]),
  properNouns: new Set(["中共中央", "联合国", "大学"]),
  isWord: (w) => ["发展中国家", "大兴安岭", "大学"].includes(w),
};
const places = new Set(["东湖"]);

const read = (text: string, role: string) => {
  const chars = Array.from(text);
  const start = text.indexOf(role);
  const end = start + Array.from(role).length;
  const at = verbLedTitleStart(chars, start, end, places, lexicon);
  return at === null ? null : chars.slice(at, end).join("");
};

describe("a verb in front of a title whose object is a place or an organisation", () => {
  it("takes the verb off when a place, a country or a proper noun follows it", () => {
    expect(read("发表中共中央总书记张海的讲话", "发表中共中央总书记")).toBe("中共中央总书记");
    expect(read("以3∶1战胜俄罗斯选手李明", "战胜俄罗斯选手")).toBe("俄罗斯选手");
    expect(read("得到东湖市委代表王刚的接应", "得到东湖市委代表")).toBe("东湖市委代表");
  });

  it("keeps a verb that opens the title itself", () => {
    expect(read("，执行董事张海说", "执行董事")).toBeNull();
    expect(read("，代理市长张海说", "代理市长")).toBeNull();
    expect(read("，宣传部部长张海说", "宣传部部长")).toBeNull();
  });

  it("keeps a verb that starts a longer word or name, or a title opening with a place", () => {
    expect(read("，发展中国家代表张海说", "发展中国家代表")).toBeNull();
    expect(read("，联合国秘书长张海说", "联合国秘书长")).toBeNull();
    expect(read("，大兴安岭林场护林员赵平说", "大兴安岭林场护林员")).toBeNull();
  });

  it("takes no proper noun that is a common word too as the object", () => {
    expect(read("，返乡大学生张海说", "返乡大学生")).toBeNull();
  });
});
