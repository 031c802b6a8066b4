import { describe, expect, it } from "vitest";
import { checkNameEdges } from "./name-edges";
import { listsOf } from "./list-items";
import { CLAUSE_FOLLOWERS, trailingClauseWord } from "./trailing-clause-word";

const context = { knownNames: new Set<string>(), isWord: () => false };
const check = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  const verdict = checkNameEdges(chars, start, start + Array.from(name).length, context);
  return verdict.keep ? chars.slice(start, verdict.end).join("") : null;
};

describe("a word after a clause's subject", () => {
  it("is one of the followers, after two characters or more", () => {
    for (const follower of CLAUSE_FOLLOWERS) expect(trailingClauseWord(Array.from(`柯岳${follower}过`), 0, 3)).toBe(1);
    // at the end of a text only a speech verb: 柯岳曾 there is a name
    expect(trailingClauseWord(Array.from("柯岳说"), 0, 3)).toBe(1);
    expect(trailingClauseWord(Array.from("柯岳曾"), 0, 3)).toBe(0);
    expect(trailingClauseWord(Array.from("阿称"), 0, 2)).toBe(0);
    expect(trailingClauseWord(Array.from("徐跃起"), 0, 3)).toBe(0);
    expect(trailingClauseWord(Array.from("林徽因"), 0, 3)).toBe(0);
  });

  it("is cut off a name of any length, foreign ones too", () => {
    expect(check("哲学家卡西柯曾说过，人", "卡西柯曾")).toBe("卡西柯");
    expect(check("正如主办人托尼·柯伯所说，", "托尼·柯伯所")).toBe("托尼·柯伯");
    expect(check("院长柯德云称：这是", "柯德云称")).toBe("柯德云");
    expect(check("主教练柯鹏却认为", "柯鹏却")).toBe("柯鹏");
    expect(check("讲师柯义接过钥匙", "柯义接")).toBe("柯义");
    expect(check("作家林徽因的诗", "林徽因")).toBe("林徽因");
    // before punctuation only a speech verb goes: another follower is the name's own there
    expect(check("代表柯文卿、陆永曾、陈红", "陆永曾")).toBe("陆永曾");
    expect(check("院长柯德云说。", "柯德云说")).toBe("柯德云");
  });

  it("is not part of a list's last item (…、李军、柯斌|说，)", () => {
    const chars = Array.from("战士钱宏斌、李军、柯斌说，看完");
    expect(listsOf(chars).map((l) => l.map((i) => chars.slice(i.start, i.end).join("")))).toEqual([
      ["战士钱宏斌", "李军", "柯斌"],
    ]);
    const inner = Array.from("柯文卿、陆永曾、陈红");
    expect(listsOf(inner).map((l) => l.map((i) => inner.slice(i.start, i.end).join("")))).toEqual([
      ["柯文卿", "陆永曾", "陈红"],
    ]);
  });
});

describe("作 after a name that delivered a report", () => {
  const trim = (text: string, name: string) => {
    const chars = Array.from(text);
    const start = text.indexOf(name);
    return trailingClauseWord(chars, start, start + Array.from(name).length);
  };
  it("goes before 的 and the thing delivered", () => {
    expect(trim("会议听取了研究室主任柯明作的关于规划草案的汇报。", "柯明作")).toBe(1);
    expect(trim("大家听了柯明作的报告", "柯明作")).toBe(1);
  });
  it("stays without 的, or with no report in the clause", () => {
    expect(trim("柯明作出决定", "柯明作")).toBe(0);
    expect(trim("柯明作的画很好，报告会上展出", "柯明作")).toBe(0);
  });
});
