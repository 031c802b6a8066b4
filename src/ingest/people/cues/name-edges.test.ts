import { describe, expect, it } from "vitest";
import { checkNameEdges } from "./name-edges";

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
