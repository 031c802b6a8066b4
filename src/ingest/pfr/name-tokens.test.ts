import { describe, expect, it } from "vitest";
import { groupNameRanges, groupNameTokens } from "./name-tokens";

describe("groupNameTokens", () => {
  it("joins surname and given name", () => {
    expect(groupNameTokens(["宋", "雨桐"])).toEqual(["宋雨桐"]);
  });

  it("splits names a byline runs together, compound surnames included", () => {
    expect(groupNameTokens(["林", "海涛", "欧阳", "青"])).toEqual(["林海涛", "欧阳青"]);
    expect(groupNameTokens(["许", "岚", "王", "立"])).toEqual(["许岚", "王立"]);
  });

  it("keeps a single token (a foreign name, a pen name) as it is", () => {
    expect(groupNameTokens(["克林顿"])).toEqual(["克林顿"]);
    expect(groupNameTokens(["晓", "山水间"])).toEqual(["晓", "山水间"]);
  });

  it("reads surname + surname + two-character given name as one married name", () => {
    expect(groupNameTokens(["陈", "方", "安生"])).toEqual(["陈方安生"]);
  });

  it("accepts a given name with a rare character written as a note", () => {
    expect(groupNameTokens(["王", "惠（君音）"])).toEqual(["王惠（君音）"]);
  });

  it("counts the rare compound surnames of the gold file's list, which running text does not", () => {
    expect(groupNameTokens(["第五", "强"])).toEqual(["第五强"]);
    expect(groupNameTokens(["独孤", "明"])).toEqual(["独孤明"]);
    expect(groupNameTokens(["第五", "届会"])).toEqual(["第五届会"]);
    expect(groupNameTokens(["克林顿", "第五"])).toEqual(["克林顿", "第五"]);
  });

  it("gives the token ranges of the names", () => {
    expect(groupNameRanges(["陈", "方", "安生"])).toEqual([[0, 3]]);
    expect(groupNameRanges(["克林顿", "李", "鹏"])).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(groupNameRanges(["李", "张", "大卫", "王"])).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
  });
});
