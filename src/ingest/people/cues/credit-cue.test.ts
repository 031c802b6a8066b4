import { describe, expect, it } from "vitest";
import {
  creditRuns,
  followedByPhotoCredit,
  markedLine,
  MAX_MARKED_LINE,
  nameRunSplits,
  roleOpensCredit,
} from "./credit-cue";

const runs = (text: string) => {
  const chars = Array.from(text);
  return creditRuns(chars).map((r) => ({
    text: chars.slice(r.start, r.end).join(""),
    afterRole: r.afterRole,
    splits: r.splits.map((s) => {
      let at = r.start;
      return s.map((l) => chars.slice(at, (at += l)).join("")).join("|");
    }),
  }));
};

describe("names in a paragraph's closing bracket", () => {
  it("reads the names before a credit mark that closes the bracket", () => {
    expect(runs("训练间隙的一个镜头。（柯远山宁小禾摄影报道）").map((r) => r.text)).toEqual(["柯远山宁小禾"]);
    expect(runs("祝酒词（图片）（柯远山画）").map((r) => r.text)).toEqual(["柯远山"]);
    expect(runs("祝酒词（柯远山画）")[0]!.afterRole).toBe(false);
    expect(runs("（柯阳整理）").map((r) => r.text)).toContain("柯阳");
    expect(runs("（柯远山采访整理）").map((r) => r.text)).toContain("柯远山");
  });

  it("reads the whole bracket first: a name may end in a mark's character", () => {
    expect(runs("会议在京召开。（柯志文）").map((r) => r.text)).toEqual(["柯志文"]);
    expect(runs("附图（附图）")).toEqual([]);
  });
});

describe("credit lines of names and marks", () => {
  const line = (text: string) => {
    const chars = Array.from(text);
    return markedLine(chars).map((r) => chars.slice(r.start, r.end).join(""));
  };
  it("reads runs of names each closed by 图, 文, 摄 or 摄影报道", () => {
    expect(line("马力图苏平文")).toEqual(["马力", "苏平"]);
    expect(line("罗小桦文陈北摄")).toEqual(["罗小桦", "陈北"]);
    expect(line("庞立平谭凯文摄影报道")).toEqual(["庞立平谭凯文"]);
    expect(runs("马力图苏平文").map((r) => r.afterRole)).toEqual([true, true]);
  });

  it("reads no body text, nothing unclosed, nothing over the length limit", () => {
    expect(line("这正是：")).toEqual([]);
    expect(line("图文并茂")).toEqual([]);
    expect(line("马力图苏平")).toEqual([]);
    expect(line(`${"王".repeat(MAX_MARKED_LINE)}摄`)).toEqual([]);
  });
});

describe("credit cue", () => {
  it("splits names after a reporter role when the run is closed off", () => {
    expect(runs("（记者周大勇）")).toEqual([{ text: "周大勇", afterRole: true, splits: ["周大勇"] }]);
    expect(runs("本报记者吴小平郑华")).toEqual([
      { text: "吴小平郑华", afterRole: true, splits: ["吴小|平郑华", "吴小平|郑华"] },
    ]);
    expect(runs("画像。通讯员梁宇摄")[0]).toMatchObject({ text: "梁宇", afterRole: true });
  });

  it("reads a role with spaces after it, and no role in a word ending like one", () => {
    expect(runs("新华社记者　周大勇摄")).toEqual([{ text: "周大勇", afterRole: true, splits: ["周大勇"] }]);
    expect(runs("（记者 \u3000周大勇）")[0]).toMatchObject({ text: "周大勇", afterRole: true });
    expect(roleOpensCredit(Array.from("（记者 周大勇）"), 4)).toBe(true);
    expect(runs("他是记者周大勇的同事")).toEqual([]);
  });

  it("runs on over 、 after a role, to 报道 (本报巴黎电记者林晓、方舟报道：)", () => {
    expect(runs("电记者林晓、方舟报道：中国").map((r) => r.text)).toEqual(["林晓", "方舟"]);
    expect(runs("电记者赵国成、钱青、李华报道").map((r) => r.text)).toEqual(["赵国成", "钱青", "李华"]);
    expect(runs("记者林晓、从会上获悉").map((r) => r.text)).toEqual(["林晓"]);
    expect(runs("记者密集到访广东、海南、贵州等地").map((r) => r.text)).toEqual([]);
  });

  it("leaves body text after 记者 alone", () => {
    expect(runs("记者从会上获悉，")).toEqual([]);
  });

  it("offers names run together in closing brackets or on a line of their own, for the tagger to confirm", () => {
    expect(runs("工程交付使用。（陆明华孙大伟）")).toEqual([
      { text: "陆明华孙大伟", afterRole: false, splits: ["陆明华|孙大伟"] },
    ]);
    expect(runs("陆明华孙大伟")[0]?.afterRole).toBe(false);
    expect(runs("（附图片１张）")).toEqual([]);
  });

  it("enumerates every reading as surname-led names", () => {
    expect(nameRunSplits(Array.from("欧阳明华李四"), 0, 6)).toEqual([
      [2, 2, 2],
      [3, 3],
      [4, 2],
    ]);
    expect(nameRunSplits(Array.from("会议"), 0, 2)).toEqual([]);
  });

  it("recognises a photo credit mark but not 摄像 or 摄入", () => {
    expect(followedByPhotoCredit(Array.from("梁宇 摄"), 2)).toBe(true);
    expect(followedByPhotoCredit(Array.from("梁宇摄影"), 2)).toBe(true);
    expect(followedByPhotoCredit(Array.from("梁宇摄像机"), 2)).toBe(false);
  });
});

describe("bracketed credits", () => {
  it("reads a single name in closing brackets, but not a lone name as a line", () => {
    expect(runs("列车正点到达。（毛小国）")).toEqual([{ text: "毛小国", afterRole: false, splits: ["毛小国"] }]);
    expect(runs("毛小国")).toEqual([]);
  });
});

describe("a reporter role inside a clause", () => {
  it("opens a credit at the start, after a bracket or 综合, or closed by 摄; not as a verb's object or a subject", () => {
    const opens = (text: string, role: string) => {
      const chars = Array.from(text);
      return roleOpensCredit(chars, Array.from(text.slice(0, text.indexOf(role) + role.length)).length);
    };
    expect(opens("本报记者林禾", "本报记者")).toBe(true);
    expect(opens("（记者林禾）", "记者")).toBe(true);
    expect(opens("（综合本报记者林禾、宋远报道）", "本报记者")).toBe(true);
    expect(opens("他会见记者时表示，", "记者")).toBe(false);
    expect(opens("腊月里，记者来到林家时，", "记者")).toBe(false);
    expect(runs("图为新开的书店。新华社记者林禾摄").map((r) => r.afterRole)).toEqual([true]);
    expect(runs("（作者为大学教授，本报记者林晓禾整理）").map((r) => r.text)).toEqual(["林晓禾"]);
    expect(runs("（本报记者林晓禾采访整理）").map((r) => r.text)).toEqual(["林晓禾"]);
    expect(runs("（作者为公司董事，本报记者柯宜书面采访整理）").map((r) => r.text)).toEqual(["柯宜"]);
    expect(runs("他会见记者时表示，").map((r) => r.afterRole)).toEqual([false]);
  });
});
