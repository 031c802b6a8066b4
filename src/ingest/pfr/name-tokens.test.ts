import { describe, expect, it } from "vitest";
import { groupNameTokens } from "./name-tokens";

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
});
