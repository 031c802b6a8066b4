import { describe, expect, it } from "vitest";
import { creditRuns } from "./credit-cue";
import { listedBracketRuns } from "./listed-bracket-credit";

const texts = (line: string, runs: { start: number; end: number }[]) =>
  runs.map((r) => Array.from(line).slice(r.start, r.end).join(""));

describe("a closing bracket of names joined by 、 and a credit mark", () => {
  it("gives each name as a credit run", () => {
    const line = "（周大伟、王海、欧阳文静整理）";
    expect(texts(line, listedBracketRuns(Array.from(line)))).toEqual(["周大伟", "王海", "欧阳文静"]);
    expect(texts(line, creditRuns(Array.from(line)))).toEqual(["周大伟", "王海", "欧阳文静"]);
    const photos = "我们一起出发。（周大伟、王海摄）";
    expect(texts(photos, listedBracketRuns(Array.from(photos)))).toEqual(["周大伟", "王海"]);
  });

  it("reads no bracket without a mark, with a long piece or with one name", () => {
    expect(listedBracketRuns(Array.from("会议由他们主持（周大伟、王海）"))).toEqual([]);
    expect(listedBracketRuns(Array.from("（南山省人民医院、王海整理）"))).toEqual([]);
    expect(listedBracketRuns(Array.from("（周大伟整理）"))).toEqual([]);
  });
});
