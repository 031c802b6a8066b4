import { describe, expect, it } from "vitest";
import { isHeadlineBlock, splitArticleParts } from "./headline-blocks";
import type { Block } from "./source-lines";

let no = 0;
const block = (...texts: string[]): Block => ({ lines: texts.map((text) => ({ no: ++no, text })) });

describe("isHeadlineBlock", () => {
  it("knows headline blocks, wrapped or not", () => {
    expect(isHeadlineBlock(block("茂南区政府十届二十四次常务会议召开"))).toBe(true);
    expect(isHeadlineBlock(block("茂名市委第五交叉巡察", "组巡察茂南区民政局", "党组工作动员会召开"))).toBe(true);
    expect(isHeadlineBlock(block("激发干事创业主动性 提振担当作为“精气神”"))).toBe(true);
    expect(isHeadlineBlock(block("你准备好了吗？"))).toBe(true);
  });
  it("refuses body text", () => {
    expect(isHeadlineBlock(block("座谈会强调，一是要在“深”", "字上求突破。要深挖资源、找准"))).toBe(false);
    expect(isHeadlineBlock(block("会议强调，要认真学习领会，"))).toBe(false);
    expect(isHeadlineBlock(block("一", "二", "三", "四", "五"))).toBe(false);
  });
});

describe("splitArticleParts", () => {
  it("splits body, headlines and caption", () => {
    const body = block("本报讯 日前，金塘镇举行篮球赛。");
    const title = block("金塘镇首届篮球赛圆满闭幕");
    const subtitle = block("以比赛提升凝聚力");
    const caption = block("比赛现场。 通讯员 梁宇 摄");
    expect(splitArticleParts([body, title, subtitle, caption])).toEqual({
      body: [body],
      headlines: [title, subtitle],
      captions: [caption],
    });
  });
  it("keeps at least the first block as body", () => {
    const a = block("没有句号的正文");
    const b = block("标题");
    expect(splitArticleParts([a, b])).toEqual({ body: [a], headlines: [b], captions: [] });
  });
});
