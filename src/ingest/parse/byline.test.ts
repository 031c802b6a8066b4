import { describe, expect, it } from "vitest";
import { parseByline } from "./byline";

describe("parseByline", () => {
  it("reads the seed's byline forms", () => {
    expect(parseByline("■ 通讯员 郑伟业", true)).toEqual({ raw: "■ 通讯员 郑伟业", reporters: ["郑伟业"] });
    expect(parseByline("■通讯员戴柳君", true)?.reporters).toEqual(["戴柳君"]);
    expect(parseByline("■ 通讯员 黄林明 邱秋梅 陈土婵", true)?.reporters).toEqual(["黄林明", "邱秋梅", "陈土婵"]);
  });
  it("pairs two-character names padded with a space", () => {
    expect(parseByline("■ 本报记者 钟 晓 通讯员 陈 波", true)?.reporters).toEqual(["钟晓", "陈波"]);
  });
  it("reads several roles and compound surnames", () => {
    expect(parseByline("本报记者 张三丰 实习生 欧阳文清", false)?.reporters).toEqual(["张三丰", "欧阳文清"]);
  });
  it("splits names run together by surname", () => {
    expect(parseByline("■通讯员戴柳君何文萍", true)?.reporters).toEqual(["戴柳君", "何文萍"]);
  });
  it("reads a photographer's byline without the mark that closes it", () => {
    expect(parseByline("本报记者  方立新摄", false)?.reporters).toEqual(["方立新"]);
    expect(parseByline("本报记者  何  平  吕晓光摄影报道", false)?.reporters).toEqual(["何平", "吕晓光"]);
    expect(parseByline("■ 本报记者 吕晓光摄影", true)?.reporters).toEqual(["吕晓光"]);
    expect(parseByline("摄影 吕晓光", false)?.reporters).toEqual(["吕晓光"]);
  });
  it("does not take body text for a byline", () => {
    expect(parseByline("记者从会上获悉，今年全区", false)).toBeNull();
    expect(parseByline("记者从会上获悉", false)).toBeNull();
    expect(parseByline("通讯员队伍建设", false)).toBeNull();
    expect(parseByline("■ 通讯员", true)).toBeNull();
  });
  it("does not take a column's label glued to a role for a byline, even standing alone or after a marker", () => {
    expect(parseByline("记者手记", true)).toBeNull();
    expect(parseByline("记者点评", true)).toBeNull();
    expect(parseByline("■记者手记", true)).toBeNull();
    expect(parseByline("本报记者林晓舟", true)?.reporters).toEqual(["林晓舟"]);
    expect(parseByline("记者莽晓舟", true)?.reporters).toEqual(["莽晓舟"]);
  });
});
