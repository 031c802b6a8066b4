import { describe, expect, it } from "vitest";
import { joinVerticalStacks } from "./vertical-stacks";
import { run } from "./testing-lines";

describe("joinVerticalStacks", () => {
  it("joins single large characters stacked at one x into a vertical run", () => {
    const out = joinVerticalStacks([run("竖", 100, 0, 20), run("排", 100, 20, 20), run("题", 100, 40, 20)], 9);
    expect(out.map((i) => [i.text, i.vertical, i.h])).toEqual([["竖排题", true, 60]]);
  });
  it("leaves body text and letter-spaced rows alone", () => {
    const body = [run("一", 0, 0, 9), run("二", 0, 9, 9), run("三", 0, 18, 9)];
    expect(joinVerticalStacks(body, 9)).toEqual(body);
    const row = [run("标", 0, 0, 20), run("题", 28, 0, 20), run("行", 0, 20, 20)];
    expect(joinVerticalStacks(row, 9).every((i) => !i.vertical)).toBe(true);
  });
});
