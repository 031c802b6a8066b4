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
  it("joins a body-size name stacked beside a vertical headline, and only there", () => {
    const title = [run("竖", 100, 0, 20), run("排", 100, 21, 20), run("题", 100, 42, 20)];
    const name = [run("欧", 85, 5, 9), run("阳", 85, 15, 9), run("辉", 85, 25, 9)];
    const out = joinVerticalStacks([...title, ...name], 9);
    expect(out.map((i) => [i.text, i.vertical])).toEqual([
      ["竖排题", true],
      ["欧阳辉", true],
    ]);
    const far = name.map((c) => ({ ...c, x: c.x - 40 }));
    expect(joinVerticalStacks([...title, ...far], 9).filter((i) => i.size === 9)).toEqual(far);
  });
});
