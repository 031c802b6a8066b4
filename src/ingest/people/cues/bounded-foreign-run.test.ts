import { describe, expect, it } from "vitest";
import { boundedForeignRuns } from "./bounded-foreign-run";
import { foreignNameCandidates } from "./foreign-name";

const found = (text: string, places: ReadonlySet<string> = new Set()) => {
  const chars = Array.from(text);
  return boundedForeignRuns(chars, places).map(({ start, end }) => chars.slice(start, end).join(""));
};

describe("transliteration runs closed on both sides", () => {
  it("takes a run after an envoy's post the title lists lack, closed by a predicate's first character", () => {
    // the open slot asks for a whole title with its owner: these are not its candidates
    const chars = Array.from("某国经济与合作国务秘书萨里弗就贸易问题发言。");
    expect(foreignNameCandidates(chars, new Set())).toEqual([]);
    expect(found("某国经济与合作国务秘书萨里弗就贸易问题发言。")).toEqual(["萨里弗"]);
    expect(found("昨天会见了北方特使卡达里斯时，")).toEqual(["卡达里斯"]);
  });

  it("takes a run after a title's head closed by a figure, punctuation or a speech verb", () => {
    expect(found("陆军参谋长克里瓦斯基３日表示")).toEqual(["克里瓦斯基"]);
    expect(found("工人党主席巴尔图对此不满")).toEqual(["巴尔图"]);
    expect(found("执委会主席莫里纳，")).toEqual(["莫里纳"]);
  });

  it("leaves runs open on one side, after a list's mark, too short, or known places", () => {
    expect(found("主席巴尔图家里")).toEqual([]);
    expect(found("参加过长跑、马拉松等项目")).toEqual([]);
    expect(found("主席巴图，")).toEqual([]);
    expect(found("特使巴基斯坦，", new Set(["巴基斯坦"]))).toEqual([]);
    expect(found("队员莫里纳。".slice(2))).toEqual([]);
  });
});
