import { describe, expect, it } from "vitest";
import { isHan } from "@/text/char-class";
import { SINGLE_SURNAMES } from "@/text/surnames";
import { mulberry32 } from "../../seeded-random";
import { CLAUSE_START } from "./boundaries";
import {
  ADDRESS_FORMS,
  checkNameEdges,
  FUNCTION_SURNAMES,
  NOT_LAST,
  type EdgeContext,
  type EdgeVerdict,
} from "./name-edges";
import { NEVER_NAME_END } from "./name-end";
import { WORDS_STARTING_WITH_PARTICLE } from "./aspect-particle";
import { HONORIFICS } from "./speech-verbs";
import { CLAUSE_FOLLOWERS } from "./trailing-clause-word";
import { isChineseNameShaped } from "./name-shape";

const context = { knownNames: new Set(["任弼时"]), isWord: (w: string) => ["有过", "强调", "全军"].includes(w) };
const check = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  const verdict = checkNameEdges(chars, start, start + Array.from(name).length, context);
  return verdict.keep ? chars.slice(start, verdict.end).join("") : null;
};

describe("name edges", () => {
  it("trims a function word glued to the end", () => {
    expect(check("馆长王刚在会上说", "王刚在")).toBe("王刚");
    expect(check("作曲家付林则是", "付林则")).toBe("付林");
  });

  it("trims a player's rank numeral glued to the end, and only before 段", () => {
    expect(check("女棋手叶桂五段执黑", "叶桂五")).toBe("叶桂");
    expect(check("常昊九段", "常昊九")).toBe("常昊");
    expect(check("王小五说", "王小五")).toBe("王小五");
  });

  it("keeps a dangling character before punctuation, and known names", () => {
    expect(check("县长欧树和，", "欧树和")).toBe("欧树和");
    expect(check("纪念任弼时同志", "任弼时")).toBe("任弼时");
    // a list item ends at 、 or at its note in brackets
    expect(check("陈红、陆永曾、王立时、张泽", "王立时")).toBe("王立时");
    expect(check("、李小和（女）、", "李小和")).toBe("李小和");
  });

  it("trims a particle (等, 的, 了) even before punctuation and after a foreign name", () => {
    expect(check("花样滑冰选手陈露等。这是", "陈露等")).toBe("陈露");
    expect(check("指挥家穆蒂等将来华", "穆蒂等")).toBe("穆蒂");
    expect(check("这本书是王刚的。", "王刚的")).toBe("王刚");
  });

  it("trims 说 even before punctuation, and carries a name cut at a dot on to the end of its word", () => {
    expect(check("”县委书记陈平说。", "陈平说")).toBe("陈平");
    expect(check("。鲍尔吉·原野\n", "鲍尔吉·")).toBe("鲍尔吉·原野");
    expect(check("鲍尔吉·原野写道了。", "鲍尔吉·")).toBe("鲍尔吉");
  });

  it("drops a surname with a form of address, and names with punctuation in them", () => {
    expect(check("最近王大夫经过研究", "王大夫")).toBeNull();
    expect(check("中央领导人向老同志祝贺新春", "向老")).toBeNull();
    expect(check("班主任任老师还组织了", "任老")).toBeNull();
    expect(check("这家的主人利利索索。", "利利索索")).toBeNull();
    expect(check("东河镇小朱家村，", "朱家村")).toBeNull();
    expect(check("记者罗晓村报道", "罗晓村")).toBe("罗晓村");
    expect(check("彭指导说", "彭指导")).toBeNull();
    expect(check("副总经理陈援。发展", "陈援。")).toBeNull();
    expect(check("让·米奥先生", "让·米奥")).toBe("让·米奥");
  });

  it("gives back the first character of 同志 glued to a name", () => {
    expect(check("纪念陶铸同志诞辰", "陶铸同")).toBe("陶铸");
  });

  it("drops a function-word surname followed by a word, and doubled characters", () => {
    expect(check("这位总统曾有过几次", "曾有过")).toBeNull();
    expect(check("主席时强调", "时强调")).toBeNull();
    expect(check("国旗徐徐降下", "徐徐")).toBeNull();
    expect(check("会见曾庆红同志", "曾庆红")).toBe("曾庆红");
  });
});

describe("name edges compared in place", () => {
  /** The check as first written: the name sliced, joined and its parts joined again at every name. */
  function slicedCheck(chars: readonly string[], start: number, end: number, context: EdgeContext): EdgeVerdict {
    const name = chars.slice(start, end);
    const text = name.join("");
    if (name.some((ch) => !/^[\p{Script=Han}\p{Script=Latin}·•・—－-]$/u.test(ch))) return { keep: false };
    if (context.knownNames.has(text)) return { keep: true, end };
    if (SINGLE_SURNAMES.has(name[0]!) && ADDRESS_FORMS.includes(name.slice(1).join(""))) return { keep: false };
    if (name.length >= 3 && ADDRESS_FORMS.includes(name.at(-1)! + (chars[end] ?? "")))
      return { keep: true, end: end - 1 };
    const after = (n: number) => chars.slice(end, end + n).join("");
    if (
      name.length === 3 &&
      after(1) === "着" &&
      !WORDS_STARTING_WITH_PARTICLE.includes(after(2)) &&
      isChineseNameShaped(name.slice(0, 2))
    )
      return { keep: true, end: end - 1 };
    if (name.length >= 3 && name.at(-1) === "老" && HONORIFICS.some((h) => h.length >= 2 && after(h.length) === h))
      return { keep: true, end: end - 1 };
    if (name.length === 2 && name[0] === name[1]) return { keep: false };
    if (name.length === 4 && name[0] === name[1] && name[2] === name[3]) return { keep: false };
    if (name.length === 3 && name[1] === "家" && "村镇乡庄坪湾屯寨沟岭坝营堡".includes(name[2]!))
      return { keep: false };
    if (name.length === 2 && name[1] === "老") return { keep: false };
    const last = name.at(-1)!;
    if (last === "·") {
      let after = end;
      while (after < chars.length && after - end < 4 && isHan(chars[after]!)) after++;
      if (after > end && !isHan(chars[after] ?? "")) return { keep: true, end: after };
      return name.length >= 3 ? { keep: true, end: end - 1 } : { keep: false };
    }
    if (name.length >= 3 && "初一二三四五六七八九".includes(last) && chars[end] === "段")
      return { keep: true, end: end - 1 };
    if (name.length >= 3 && NEVER_NAME_END.includes(last)) return { keep: true, end: end - 1 };
    if (
      name.length >= 3 &&
      CLAUSE_FOLLOWERS.includes(last) &&
      ("说称".includes(last) || !(CLAUSE_START + "、（").includes(chars[end] ?? "。"))
    )
      return { keep: true, end: end - 1 };
    const dangling = last !== "说" && (CLAUSE_START + "、（").includes(chars[end] ?? "。");
    if (name.length === 3 && NOT_LAST.includes(last) && !dangling && isChineseNameShaped(name.slice(0, 2)))
      return { keep: true, end: end - 1 };
    if (FUNCTION_SURNAMES.includes(name[0]!) && name.length >= 3 && context.isWord(name.slice(1).join("")))
      return { keep: false };
    return { keep: true, end };
  }

  it("gives the verdict the sliced-and-joined check gave, for every span of one to five characters of made-up texts", () => {
    const pieces = [
      ...ADDRESS_FORMS,
      ..."王李任曾时向家村老五段在则说等·、（，。Ａa𠀋",
      "任弼时",
      "有过",
      "强调",
      "徐徐",
      "鲍尔吉",
      "着",
      "着急",
      "先生",
    ];
    const random = mulberry32(17);
    const verdicts = new Set<string>();
    for (let round = 0; round < 400; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => pieces[Math.floor(random() * pieces.length)]!,
      );
      const chars = Array.from(text.join(""));
      for (let start = 0; start < chars.length; start++) {
        for (let end = start + 1; end <= Math.min(chars.length, start + 5); end++) {
          const verdict = checkNameEdges(chars, start, end, context);
          expect(verdict).toEqual(slicedCheck(chars, start, end, context));
          verdicts.add(verdict.keep ? `keep ${verdict.end - end}` : "drop");
        }
      }
    }
    // every kind of verdict was met: dropped, kept whole, trimmed by one, carried on past a dot
    expect(verdicts).toContain("drop");
    expect(verdicts).toContain("keep 0");
    expect(verdicts).toContain("keep -1");
    expect([...verdicts].some((v) => v.startsWith("keep ") && Number(v.slice(5)) > 0)).toBe(true);
  });
});
