import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { runBeforeLength, runOnLength } from "./name-run-on";

const WORDS = new Set(["多次", "阿姨", "拉开", "觉得", "总统", "女儿", "出色"]);
const isWord = (w: string) => WORDS.has(w);
/** What the name cut as `cut` at the start of `text` takes after it. */
const taken = (text: string, cut: string) => runOnLength(Array.from(text), 0, Array.from(cut).length, isWord);

describe("a Mongolian or Tibetan name cut inside its run of syllables", () => {
  it("takes the rest of the run up to a verb of saying, a deputy's title or punctuation", () => {
    expect(taken("额尔敦脑日布说。", "额尔敦")).toBe(3);
    expect(taken("苏德孟和表示，", "苏德孟")).toBe(1);
    expect(taken("敖其尔布代表说，", "敖其尔")).toBe(1);
    expect(taken("敖其尔布，", "敖其尔")).toBe(1);
  });

  it("takes the rest of the run up to a word", () => {
    expect(taken("桑吉仁增觉得", "桑吉仁")).toBe(1);
    expect(taken("巴特图嘎总统", "巴特图")).toBe(1);
  });

  it("leaves a run that holds a word or ends inside one", () => {
    expect(taken("巴特尔多次表示", "巴特尔")).toBe(0);
    expect(taken("巴特尔阿姨说", "巴特尔")).toBe(0);
    expect(taken("巴特尔拉开了", "巴特尔")).toBe(0);
    expect(taken("汉佩尔因出色完成", "汉佩尔")).toBe(0);
  });

  it("takes 和 only as the run's last syllable before a verb, a title or punctuation", () => {
    expect(taken("巴特尔和扎西说", "巴特尔")).toBe(0);
    expect(taken("巴特尔和女儿", "巴特尔")).toBe(0);
    expect(taken("巴特尔和其说", "巴特尔")).toBe(0);
  });

  it("leaves a run open on the right, a long run and a short or Chinese name alone", () => {
    expect(taken("额尔敦脑日在", "额尔敦")).toBe(0);
    expect(taken("额尔敦脑日布德说", "额尔敦")).toBe(0);
    expect(taken("扎西日说", "扎西")).toBe(0);
    expect(taken("王小明日说", "王小明")).toBe(0);
  });

  it("takes the run before it when that run starts a clause", () => {
    const before = (text: string, cut: string) => {
      const start = Array.from(text.slice(0, text.indexOf(cut))).length;
      return runBeforeLength(Array.from(text), start, start + Array.from(cut).length, isWord);
    };
    expect(before("苏和巴雅尔代表介绍", "巴雅尔")).toBe(2);
    expect(before("会上，呼和巴特尔说", "巴特尔")).toBe(2);
    expect(before("会上，和巴特尔一起", "巴特尔")).toBe(0);
    expect(before("看望阿巴特尔", "巴特尔")).toBe(0);
    expect(before("，呼和巴特尔", "巴特尔") + before("，乌呼和巴特尔", "巴特尔")).toBe(2);
  });

  it("mends the mention (tagger slips)", () => {
    const t = taggedWith("旗文化馆馆长额尔敦脑日布说：“牧民爱唱长调。”", ["额尔敦"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["额尔敦脑日布"]);
  });
});
