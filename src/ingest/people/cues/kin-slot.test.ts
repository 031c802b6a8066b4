import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { kinSlotAt } from "./kin-slot";

const slot = (text: string, name: string) => kinSlotAt(Array.from(text), text.indexOf(name));

describe("a name after a kin word", () => {
  it("stands after a kin word, not after an adverb that follows one", () => {
    expect(slot("柯强和其表弟路传明驾驶一辆小货车", "路传明")).toBe(true);
    expect(slot("矿点由柯振喜的二哥柯振礼开采", "柯振礼")).toBe(true);
    expect(slot("比养儿子都强", "都强")).toBe(false);
    expect(slot("矿点由柯振喜的同事柯振礼开采", "柯振礼")).toBe(false);
  });

  it("is added where the tagger does not rule it out", () => {
    const run = (text: string, name: string, probability: number) => {
      const tagged = taggedWith(text, [], 0, (s) => (s === name ? probability : 0));
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run("矿点由柯振喜的二哥柯振礼开采。", "柯振礼", 0.3)).toEqual(["柯振礼"]);
    expect(run("矿点由柯振喜的二哥柯振礼开采。", "柯振礼", 0.01)).toEqual([]);
    expect(run("有这样的村书记，比养儿子都强。", "都强", 0.3)).toEqual([]);
  });
});
