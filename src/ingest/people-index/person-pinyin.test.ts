import { describe, expect, it } from "vitest";
import { namePinyin } from "./person-pinyin";

describe("namePinyin", () => {
  it("reads polyphonic surnames as surnames", () => {
    expect(namePinyin("曾梅青").pinyin).toBe("zeng mei qing");
    expect(namePinyin("单田芳").pinyin).toBe("shan tian fang");
    expect(namePinyin("覃玲玲").pinyin).toBe("qin ling ling");
    expect(namePinyin("区志明").pinyin).toBe("ou zhi ming");
  });
  it("gives initials and the letter a name files under", () => {
    expect(namePinyin("廖述毅")).toMatchObject({ initials: "lsy", letter: "L" });
    expect(namePinyin("欧阳文清")).toMatchObject({ initials: "oywq", letter: "O" });
  });
  it("sorts by syllables, then tones", () => {
    const names = ["黄蓉", "何文萍", "何龙江", "曾梅青", "陈波", "覃玲玲"];
    const sorted = [...names].sort((a, b) => (namePinyin(a).sortKey < namePinyin(b).sortKey ? -1 : 1));
    expect(sorted).toEqual(["陈波", "何龙江", "何文萍", "黄蓉", "覃玲玲", "曾梅青"]);
  });
});
